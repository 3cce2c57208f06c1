package io.grassroots.deploy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** A browser journey over the shared packaged platform: one Chromium per test class, closed after it. */
@ExtendWith(StackExtension.class)
abstract class BrowserJourney {
    static Browser browser;

    @BeforeAll
    static void openBrowser(RunningStack stack) throws Exception {
        browser = Browser.open(stack.gateway());
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
