package io.grassroots.deploy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * A browser journey over the shared packaged platform: one Chromium per test class, closed after it. A
 * journey that fails leaves the page it failed on as {@code target/screenshots/<class>-<method>-FAILED.png},
 * also when it failed before its first check.
 */
@ExtendWith({ StackExtension.class, BrowserJourney.KeepFailedPage.class })
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

    /** Called after a test method and before the class's browser is closed. */
    static final class KeepFailedPage implements TestWatcher {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (browser != null) {
                browser.keepFailure(context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName());
            }
        }
    }
}
