package io.grassroots.testing;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.awaitility.Awaitility;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Keeps what one logger (and the loggers below it) writes while open, each line with the MDC it was
 * written with (request id, trace and span ids), as the console's format would print them. Opened
 * with a level, it lowers the logger's level to it until closed.
 */
public final class LogCapture extends Handler implements AutoCloseable {
    private final Logger logger;
    private final Level previous;
    private final List<Line> lines = new CopyOnWriteArrayList<>();

    private LogCapture(String category, Level level) {
        logger = Logger.getLogger(category);
        previous = logger.getLevel();
        if (level != null) {
            logger.setLevel(level);
        }
        logger.addHandler(this);
    }

    /** Captures the category at the level it is configured with. */
    public static LogCapture of(String category) {
        return new LogCapture(category, null);
    }

    /** Captures the category down to the given level (e.g. Level.FINE for DEBUG). */
    public static LogCapture of(String category, Level level) {
        return new LogCapture(category, level);
    }

    /** Waits until a captured line matches, and returns it. */
    public Line await(Predicate<Line> filter, Duration timeout) {
        Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(50))
                .until(() -> lines.stream().anyMatch(filter));
        return lines.stream().filter(filter).findFirst().orElseThrow();
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void publish(LogRecord record) {
        // Read here, on the thread that logs: that is the MDC the console's format prints.
        if (record instanceof ExtLogRecord ext) {
            Map<String, String> mdc = new HashMap<>();
            ext.getMdcCopy().forEach((key, value) -> {
                if (key != null && value != null) {
                    mdc.put(key, String.valueOf(value));
                }
            });
            lines.add(new Line(ext.getLoggerName(), ext.getLevel(), ext.getFormattedMessage(), Map.copyOf(mdc)));
        } else {
            lines.add(new Line(record.getLoggerName(), record.getLevel(), record.getMessage(), Map.of()));
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setLevel(previous);
    }

    /** One line as written: its logger, level, message and MDC. */
    public record Line(String logger, Level level, String message, Map<String, String> mdc) {
        public String mdc(String key) {
            return mdc.get(key);
        }
    }
}
