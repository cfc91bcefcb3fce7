package crisis

// Countries are the countries Kindly lists crisis lines for, each line
// free and confidential. A line is listed only when its number was read
// on its Source on its Verified date; to add one, cite the page that
// states the number and the day you read it.
var Countries = []Country{
	{Code: "US", Name: "crisis.country.us", Emergency: []Emergency{{Number{"911", "911"}, ""}}, Lines: []Line{
		{Name: "988 Suicide & Crisis Lifeline", Call: []Number{{"988", "988"}}, Text: Number{"988", "988"}, Note: "crisis.note.us",
			Source: "https://www.samhsa.gov/newsroom/press-announcements/20230713/988-suicide-crisis-lifeline-adds-spanish-text-chat-service-ahead-one-year-anniversary", Verified: "2026-12-02"},
		// Press 2 for Spanish is also stated by https://familyandcaregivertoolkit.org/988-crisis-lifeline
		{Name: "988 Suicide & Crisis Lifeline", Call: []Number{{"988", "988"}}, Note: "crisis.note.us-es",
			Source: "https://www.samhsa.gov/newsroom/press-announcements/20230713/988-suicide-crisis-lifeline-adds-spanish-text-chat-service-ahead-one-year-anniversary", Verified: "2026-12-02"},
	}},
	{Code: "CA", Name: "crisis.country.ca", Emergency: []Emergency{{Number{"911", "911"}, ""}}, Lines: []Line{
		{Name: "988 Suicide Crisis Helpline", Call: []Number{{"988", "988"}}, Text: Number{"988", "988"}, Note: "crisis.note.ca",
			Source: "https://mentalhealthcommission.ca/catalyst/988-launches-in-canada/", Verified: "2026-12-02"},
		{Name: "1 866 APPELLE", Call: []Number{{"18662773553", "1 866 277-3553"}}, Text: Number{"535353", "535353"}, Note: "crisis.note.ca-qc",
			Source: "https://www.infodimanche.com/actualites/actualite/473288/prevention-du-suicide-le-numero-court-535353-maintenant-disponible", Verified: "2026-12-02"},
	}},
	{Code: "MX", Name: "crisis.country.mx", Emergency: []Emergency{{Number{"911", "911"}, ""}}, Lines: []Line{
		{Name: "Línea de la Vida", Call: []Number{{"8009112000", "800 911 2000"}}, Note: "crisis.note.mx",
			Source: "https://www.eluniversal.com.mx/nacion/promueven-la-linea-de-la-vida-tras-presentar-encuesta-sobre-consumo-de-drogas-asi-puedes-pedir-ayuda/", Verified: "2026-12-02"},
	}},
	{Code: "AR", Name: "crisis.country.ar", Emergency: []Emergency{{Number{"911", "911"}, ""}, {Number{"107", "107"}, "crisis.emergency.medical"}}, Lines: []Line{
		{Name: "Centro de Asistencia al Suicida", Call: []Number{{"135", "135"}, {"01152751135", "(011) 5275-1135"}}, Note: "crisis.note.ar",
			Source: "https://elauditor.info/actualidad/-es-muy-importante-la-tarea-de-prevencion-del-suicidio-_a603ce26796773412c05b098e", Verified: "2026-12-02"},
	}},
	{Code: "CO", Name: "crisis.country.co", Emergency: []Emergency{{Number{"123", "123"}, ""}}, Lines: []Line{
		{Name: "Línea 106 «El poder de ser escuchado»", Call: []Number{{"106", "106"}}, Note: "crisis.note.co",
			Source: "http://www.bogota.gov.co/servicios/guia-de-tramites-y-servicios/linea-106", Verified: "2026-12-02"},
	}},
	{Code: "GB", Name: "crisis.country.gb", Emergency: []Emergency{{Number{"999", "999"}, ""}, {Number{"112", "112"}, ""}}, Lines: []Line{
		{Name: "Samaritans", Call: []Number{{"116123", "116 123"}}, Note: "crisis.note.samaritans",
			Source: "https://www.samaritans.org/how-we-can-help/contact-samaritan/", Verified: "2026-12-02"},
	}},
	{Code: "IE", Name: "crisis.country.ie", Emergency: []Emergency{{Number{"112", "112"}, ""}, {Number{"999", "999"}, ""}}, Lines: []Line{
		{Name: "Samaritans", Call: []Number{{"116123", "116 123"}}, Note: "crisis.note.samaritans",
			Source: "https://www.irishexaminer.com/breakingnews/ireland/samaritans-answer-29m-calls-since-2014-charity-to-play-crucial-role-in-new-mental-help-phone-service-914684.html", Verified: "2026-12-02"},
	}},
	{Code: "AU", Name: "crisis.country.au", Emergency: []Emergency{{Number{"000", "000"}, ""}}, Lines: []Line{
		{Name: "Lifeline", Call: []Number{{"131114", "13 11 14"}}, Text: Number{"0477131114", "0477 13 11 14"}, Note: "crisis.note.au",
			Source: "https://lifeinmind.org.au/news/lifelines-crisis-text-service-now-available-24-7", Verified: "2026-12-02"},
	}},
	{Code: "NZ", Name: "crisis.country.nz", Emergency: []Emergency{{Number{"111", "111"}, ""}}, Lines: []Line{
		{Name: "Need to talk?", Call: []Number{{"1737", "1737"}}, Text: Number{"1737", "1737"}, Note: "crisis.note.nz",
			Source: "https://www.health.govt.nz/news-media/news-items/phone-counselling-service-busy-following-christchurch-tragedy", Verified: "2026-12-02"},
	}},
	{Code: "ES", Name: "crisis.country.es", Emergency: []Emergency{{Number{"112", "112"}, ""}}, Lines: []Line{
		{Name: "Línea 024 de atención a la conducta suicida", Call: []Number{{"024", "024"}}, Note: "crisis.note.es",
			Source: "https://www.farodevigo.es/galicia/2025/10/11/medio-millar-gallegos-mes-024-linea-suicidio-122499662.html", Verified: "2026-12-02"},
	}},
	{Code: "FR", Name: "crisis.country.fr", Emergency: []Emergency{{Number{"112", "112"}, ""}, {Number{"15", "15"}, "crisis.emergency.medical"}}, Lines: []Line{
		{Name: "Numéro national de prévention du suicide", Call: []Number{{"3114", "3114"}}, Note: "crisis.note.fr",
			Source: "https://www.mayotte.ars.sante.fr/3114-le-numero-national-de-prevention-du-suicide", Verified: "2026-12-02"},
	}},
	{Code: "BE", Name: "crisis.country.be", Emergency: []Emergency{{Number{"112", "112"}, ""}}, Lines: []Line{
		{Name: "Centre de Prévention du Suicide", Call: []Number{{"080032123", "0800 32 123"}}, Note: "crisis.note.be-fr",
			Source: "https://www.preventionsuicide.be/fr/je-veux-vous-conna%C3%AEtre/notre-mission.html", Verified: "2026-12-02"},
		{Name: "Zelfmoordlijn 1813", Call: []Number{{"1813", "1813"}}, Note: "crisis.note.be-nl",
			Source: "https://zelfmoord1813.be/blog/chat-zelfmoordlijn-langer-geopend", Verified: "2026-12-02"},
	}},
	{Code: "LU", Name: "crisis.country.lu", Emergency: []Emergency{{Number{"112", "112"}, ""}}, Lines: []Line{
		{Name: "SOS Détresse", Call: []Number{{"454545", "45 45 45"}}, Note: "crisis.note.lu",
			Source: "https://www.tageblatt.lu/headlines/wenn-worte-heilen-sos-detresse-gibt-einblick-in-ihre-zahlen", Verified: "2026-12-02"},
	}},
	{Code: "DE", Name: "crisis.country.de", Emergency: []Emergency{{Number{"112", "112"}, ""}}, Lines: []Line{
		{Name: "TelefonSeelsorge", Call: []Number{{"08001110111", "0800 111 0 111"}, {"08001110222", "0800 111 0 222"}}, Note: "crisis.note.de",
			Source: "https://www.domradio.de/glossar/telefonseelsorge-0", Verified: "2026-12-02"},
	}},
	{Code: "AT", Name: "crisis.country.at", Emergency: []Emergency{{Number{"112", "112"}, ""}, {Number{"144", "144"}, "crisis.emergency.medical"}}, Lines: []Line{
		{Name: "TelefonSeelsorge", Call: []Number{{"142", "142"}}, Note: "crisis.note.at",
			Source: "https://www.ots.at/presseaussendung/OTM_20230425_OTM0006/telefonseelsorge-seit-25-jahren-amtlicher-notruf-fuer-die-seele", Verified: "2026-12-02"},
		{Name: "Rat auf Draht", Call: []Number{{"147", "147"}}, Note: "crisis.note.young",
			Source: "https://www.rataufdraht.at/pressemitteilungen/25-jahre-notrufnummer-147", Verified: "2026-12-02"},
	}},
	{Code: "CH", Name: "crisis.country.ch", Emergency: []Emergency{{Number{"112", "112"}, ""}, {Number{"144", "144"}, "crisis.emergency.medical"}}, Lines: []Line{
		{Name: "Die Dargebotene Hand · La Main Tendue", Call: []Number{{"143", "143"}}, Note: "crisis.note.ch",
			Source: "https://www.143.ch/fr/category/news/", Verified: "2026-12-02"},
		{Name: "Pro Juventute", Call: []Number{{"147", "147"}}, Note: "crisis.note.young",
			Source: "https://www.projuventute.ch/de/eltern/familie-gesellschaft/147", Verified: "2026-12-02"},
	}},
}
