package io.grassroots.assessment.register;

import io.grassroots.platform.web.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The register's rules (精简考核指标, 清理"一票否决"事项): every indicator and veto item names its
 * mandate; an indicator is judged by results, never by traces of work (不得将台账记录、工作笔记、
 * 截图…作为工作是否落实的标准); a veto item needs a central or provincial mandate. They judge input
 * whose fields are each well formed: Bean Validation on {@link IndicatorInput}, {@link VetoItemInput}
 * and {@link Mandate} checked those (required, lengths, the code's format) first.
 */
public final class RegisterRules {
    /**
     * A register code, e.g. SAFE_PRODUCTION. The records require it with {@code @NotNull}, not
     * {@code @NotBlank}: a blank code is simply not a code, and is named once, as FORMAT.
     */
    public static final String CODE = "[A-Z][A-Z0-9_]{1,63}";
    public static final String CODE_FORMAT = "is not a code of upper case letters, digits and _, e.g. SAFE_PRODUCTION";
    public static final Set<String> LEVELS = Set.of("CENTRAL", "PROVINCIAL", "CITY", "COUNTY");
    public static final Set<String> VETO_LEVELS = Set.of("CENTRAL", "PROVINCIAL");
    /** Evidence that is an outcome the platform can read. */
    public static final Set<String> RESULT_EVIDENCE = Set.of("SHARED_DATA", "INSPECTION_RESULT");
    public static final Set<String> DIRECTIONS = Set.of("HIGHER_IS_BETTER", "LOWER_IS_BETTER");

    /** Evidence kinds that are traces of work, each with why it is refused. */
    public static final Map<String, String> TRACE_EVIDENCE = Map.of(
            "SCREENSHOT", "screenshots show that something was on a screen, not that the work was done",
            "PHOTO", "photos uploaded to apps prove a photo was taken, not a result",
            "MEETING_COUNT", "the number of meetings held measures meetings, not outcomes",
            "DOCUMENTS_ISSUED", "the number of documents issued measures paperwork, not outcomes",
            "LEDGER_KEPT", "keeping a ledger (台账) is a trace of work, not its result",
            "NOTES_WRITTEN", "work notes written are a trace of work, not its result",
            "APP_CHECKIN", "app check-ins measure presence in an app, not results",
            "APP_DOWNLOAD", "app downloads or installs measure an app's reach, not the unit's work");

    /** Words that give a trace away whatever evidence kind was claimed. */
    private static final Map<String, String> TRACE_WORDS = Map.ofEntries(
            Map.entry("截图", "SCREENSHOT"), Map.entry("screenshot", "SCREENSHOT"),
            Map.entry("照片", "PHOTO"), Map.entry("拍照", "PHOTO"), Map.entry("photo", "PHOTO"),
            Map.entry("会议次数", "MEETING_COUNT"), Map.entry("开会次数", "MEETING_COUNT"),
            Map.entry("number of meetings", "MEETING_COUNT"), Map.entry("meetings held", "MEETING_COUNT"),
            Map.entry("发文", "DOCUMENTS_ISSUED"), Map.entry("documents issued", "DOCUMENTS_ISSUED"),
            Map.entry("台账", "LEDGER_KEPT"), Map.entry("ledger kept", "LEDGER_KEPT"),
            Map.entry("工作笔记", "NOTES_WRITTEN"), Map.entry("notes written", "NOTES_WRITTEN"),
            Map.entry("打卡", "APP_CHECKIN"), Map.entry("签到", "APP_CHECKIN"), Map.entry("check-in", "APP_CHECKIN"),
            Map.entry("下载量", "APP_DOWNLOAD"), Map.entry("安装量", "APP_DOWNLOAD"),
            Map.entry("downloads", "APP_DOWNLOAD"));

    private RegisterRules() {
    }

    /**
     * Everything the register refuses in a well-formed indicator, each naming its field and rule; empty
     * when it may be registered.
     */
    public static List<Violation> indicator(IndicatorInput in, LocalDate today) {
        List<Violation> v = new ArrayList<>();
        mandate(v, in.mandate(), today, LEVELS);
        String kind = in.evidenceKind();
        // evidenceKind is required by IndicatorInput's shape; a missing one is no kind to judge here.
        if (kind != null && TRACE_EVIDENCE.containsKey(kind)) {
            v.add(new Violation("evidenceKind", "TRACE_EVIDENCE", kind + " is refused: " + TRACE_EVIDENCE.get(kind)));
        } else if (kind != null && !RESULT_EVIDENCE.contains(kind)) {
            v.add(new Violation("evidenceKind", "ENUM", "evidenceKind must be one of " + RESULT_EVIDENCE
                    + " (trace kinds " + TRACE_EVIDENCE.keySet() + " are refused), was " + kind));
        }
        for (String field : List.of("name", "description", "evidence")) {
            String text = field.equals("name") ? in.name() : field.equals("description") ? in.description()
                    : in.evidence();
            traceWord(text).ifPresent(word -> v.add(new Violation(field, "TRACE_EVIDENCE", field + " mentions \""
                    + word + "\": " + TRACE_EVIDENCE.get(TRACE_WORDS.get(word)))));
        }
        if ("SHARED_DATA".equals(kind) && (in.dataIndicator() == null || in.dataIndicator().isBlank())) {
            v.add(new Violation("dataIndicator", "REQUIRED", "a SHARED_DATA indicator names the catalog indicator "
                    + "it reads"));
        }
        if (in.direction() == null || !DIRECTIONS.contains(in.direction())) {
            v.add(new Violation("direction", "ENUM", "direction must be one of " + DIRECTIONS + ", was "
                    + in.direction()));
        }
        return v;
    }

    /** Everything the register refuses in a well-formed veto item; empty when it may be registered. */
    public static List<Violation> vetoItem(VetoItemInput in, LocalDate today) {
        List<Violation> v = new ArrayList<>();
        mandate(v, in.mandate(), today, VETO_LEVELS);
        return v;
    }

    private static void mandate(List<Violation> v, Mandate m, LocalDate today, Set<String> levels) {
        if (m == null) {
            v.add(new Violation("mandate", "MANDATE_REQUIRED", "a mandate (issuing body, document, date, level) "
                    + "is required: nothing is assessed or vetoed without one"));
            return;
        }
        if (m.issuedOn() != null && m.issuedOn().isAfter(today)) {
            v.add(new Violation("mandate.issuedOn", "NOT_FUTURE", "a mandate cannot be issued in the future ("
                    + m.issuedOn() + " is after " + today + ")"));
        }
        if (m.level() == null || !LEVELS.contains(m.level())) {
            v.add(new Violation("mandate.level", "ENUM", "mandate.level must be one of " + LEVELS + ", was "
                    + m.level()));
        } else if (!levels.contains(m.level())) {
            v.add(new Violation("mandate.level", "MANDATE_LEVEL", "a " + m.level() + " mandate is not enough: "
                    + "only a central or provincial mandate may establish a veto item"));
        }
    }

    private static java.util.Optional<String> traceWord(String text) {
        if (text == null) {
            return java.util.Optional.empty();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return TRACE_WORDS.keySet().stream().filter(lower::contains).sorted().findFirst();
    }
}
