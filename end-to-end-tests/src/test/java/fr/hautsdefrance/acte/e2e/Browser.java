package fr.hautsdefrance.acte.e2e;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real browser on the portal: the system's chromium driven by Playwright. Every page a journey
 * visits is scanned with axe-core (no serious or critical violation of WCAG 2.1 A/AA) and kept as a
 * screenshot under target/screenshots.
 */
final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getProperty("acte.chromium", "/usr/bin/chromium"));
    private static final Path SHOTS = Path.of(System.getProperty("acte.screenshots", "target/screenshots"));
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    Browser() {
        if (!Files.isExecutable(CHROMIUM)) {
            String missing = "No browser at " + CHROMIUM + ": install Debian's chromium (apt-get install chromium) "
                    + "or set -Dacte.chromium=<path>";
            // CI installs the browser and must run these tests; a newcomer's laptop skips them, saying why.
            if (Boolean.getBoolean("acte.browser.required") || System.getenv("CI") != null) {
                throw new IllegalStateException(missing);
            }
            org.junit.jupiter.api.Assumptions.abort(missing);
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    /** A fresh session (cookies and all) with a desktop window, or a 360 px wide phone. */
    Page newPage(boolean phone) {
        BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setLocale("fr-FR").setViewportSize(phone ? 360 : 1280, phone ? 740 : 900).setAcceptDownloads(true));
        Page page = context.newPage();
        page.setDefaultTimeout(30_000);
        return page;
    }

    /** {@link #check} at 1280 px, then at 360 px (the page as a phone shows it), then back to 1280 px. */
    static void checkAtBothWidths(Page page, String name) {
        check(page, name);
        page.setViewportSize(360, 740);
        check(page, name + "-360");
        page.setViewportSize(1280, 900);
    }

    /** Screenshot, then the accessibility scan: the journey stops at the first page that fails it. */
    static void check(Page page, String name) {
        scan(page, name, v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()));
    }

    /** As {@link #check}, and no violation of any impact is tolerated either. */
    static void checkWithoutAnyViolation(Page page, String name) {
        scan(page, name, v -> true);
    }

    private static void scan(Page page, String name, java.util.function.Predicate<Rule> blocks) {
        try {
            Files.createDirectories(SHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
        AxeResults results = new AxeBuilder(page).withTags(WCAG).analyze();
        List<Rule> blocking = results.getViolations().stream().filter(blocks).toList();
        assertThat(blocking).as("accessibility of %s (%s): %s", name, page.url(), blocking.stream()
                .map(v -> v.getId() + " — " + v.getHelp() + " — " + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "))).isEmpty();
        assertThat(page.locator("html").getAttribute("lang")).as("lang of " + name).isEqualTo("fr");
        assertThat(page.title()).as("title of " + name).isNotBlank();
    }

    /**
     * The page as the README shows it: with {@code -Dacte.readme.screenshots=true}, saved (full page, desktop
     * width) as {@code docs/screenshots/<name>.png} of the project, to be committed with the change it shows.
     */
    static void forReadme(Page page, String name) {
        if (!Boolean.getBoolean("acte.readme.screenshots")) {
            return;
        }
        Path readme = Path.of(System.getProperty("acte.project.root", "..")).resolve("docs/screenshots");
        page.screenshot(new Page.ScreenshotOptions().setPath(readme.resolve(name + ".png")).setFullPage(true));
    }

    /** Signs in through the identity provider's own login page. */
    static void signIn(Page page, String login) {
        // A freshly started Keycloak compiles its login theme on the first visit: give it time.
        page.locator("#username").waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(120_000));
        page.locator("#username").fill(login);
        page.locator("#password").fill(login);
        page.locator("#kc-login").click();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
