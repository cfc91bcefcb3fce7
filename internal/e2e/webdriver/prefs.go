//go:build e2e

package webdriver

import "fmt"

// firefoxPrefs keeps Firefox from reaching out on its own: a test must see
// only the traffic its page causes, and must not depend on the internet or
// on first-run pages. The remote agent sets some of these too, but only once
// it is up, after startup traffic has begun.
const firefoxPrefs = `
// Updates of the browser, add-ons, system add-ons and plugins (GMP).
user_pref("app.update.disabledForTesting", true);
user_pref("app.update.auto", false);
user_pref("app.update.checkInstallTime", false);
user_pref("extensions.update.enabled", false);
user_pref("extensions.systemAddon.update.enabled", false);
user_pref("extensions.getAddons.cache.enabled", false);
user_pref("extensions.blocklist.enabled", false);
user_pref("media.gmp-manager.updateEnabled", false);
user_pref("media.gmp-manager.url", "");
user_pref("browser.search.update", false);
user_pref("general.useragent.updates.enabled", false);
// Telemetry, data reporting, studies and experiments.
user_pref("toolkit.telemetry.enabled", false);
user_pref("toolkit.telemetry.unified", false);
user_pref("toolkit.telemetry.archive.enabled", false);
user_pref("toolkit.telemetry.server", "");
user_pref("datareporting.healthreport.uploadEnabled", false);
user_pref("datareporting.policy.dataSubmissionEnabled", false);
user_pref("datareporting.policy.dataSubmissionPolicyBypassNotification", true);
user_pref("datareporting.usage.uploadEnabled", false);
user_pref("app.normandy.enabled", false);
user_pref("app.normandy.api_url", "");
user_pref("app.shield.optoutstudies.enabled", false);
user_pref("nimbus.rollouts.enabled", false);
user_pref("browser.ping-centre.telemetry", false);
// Remote settings (blocklists, CRLite, intermediates, ML models, ...).
user_pref("services.settings.server", "data:,#remote-settings-dummy/v1");
user_pref("security.remote_settings.crlite_filters.enabled", false);
user_pref("security.remote_settings.intermediates.enabled", false);
user_pref("browser.ml.enable", false);
user_pref("browser.translations.enable", false);
// Safe browsing lists and lookups.
user_pref("browser.safebrowsing.malware.enabled", false);
user_pref("browser.safebrowsing.phishing.enabled", false);
user_pref("browser.safebrowsing.blockedURIs.enabled", false);
user_pref("browser.safebrowsing.downloads.enabled", false);
user_pref("browser.safebrowsing.downloads.remote.enabled", false);
user_pref("browser.safebrowsing.provider.google4.updateURL", "");
user_pref("browser.safebrowsing.provider.google.updateURL", "");
user_pref("browser.safebrowsing.provider.mozilla.updateURL", "");
// Connectivity probes, push, DNS-over-HTTPS, OCSP, speculative connections.
user_pref("network.captive-portal-service.enabled", false);
user_pref("network.connectivity-service.enabled", false);
user_pref("dom.push.connection.enabled", false);
user_pref("network.trr.mode", 5);
user_pref("security.OCSP.enabled", 0);
user_pref("network.dns.disablePrefetch", true);
user_pref("network.prefetch-next", false);
user_pref("network.predictor.enabled", false);
user_pref("network.http.speculative-parallel-limit", 0);
user_pref("browser.region.network.url", "");
user_pref("browser.region.update.enabled", false);
user_pref("geo.provider.network.url", "");
user_pref("identity.fxaccounts.enabled", false);
// New tab, first-run and what's-new pages.
user_pref("browser.startup.page", 0);
user_pref("browser.startup.homepage", "about:blank");
user_pref("browser.startup.homepage_override.mstone", "ignore");
user_pref("startup.homepage_welcome_url", "about:blank");
user_pref("startup.homepage_welcome_url.additional", "");
user_pref("browser.aboutwelcome.enabled", false);
user_pref("trailhead.firstrun.didSeeAboutWelcome", true);
user_pref("termsofuse.bypassNotification", true);
user_pref("browser.newtabpage.enabled", false);
user_pref("browser.newtabpage.activity-stream.feeds.system.topstories", false);
user_pref("browser.newtabpage.activity-stream.feeds.topsites", false);
user_pref("browser.topsites.contile.enabled", false);
user_pref("browser.urlbar.suggest.searches", false);
user_pref("browser.shell.checkDefaultBrowser", false);
user_pref("browser.uitour.enabled", false);
user_pref("browser.sessionstore.resume_from_crash", false);
// Quiet failures and chores: no crash reports, backups or password prompts.
user_pref("browser.crashReports.unsubmittedCheck.enabled", false);
user_pref("browser.backup.enabled", false);
user_pref("browser.backup.scheduled.enabled", false);
user_pref("signon.rememberSignons", false);
`

// userJS is the profile's user.js: the prefs above and the language.
func userJS(lang string) string {
	return firefoxPrefs + fmt.Sprintf(`user_pref("intl.accept_languages", %q);
user_pref("intl.locale.requested", %q);
`, lang, lang)
}
