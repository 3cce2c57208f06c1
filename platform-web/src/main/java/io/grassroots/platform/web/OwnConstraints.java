package io.grassroots.platform.web;

import java.util.Arrays;
import java.util.Map;

/** The platform's own constraints as problems: the rule each stands for and a sentence with the value. */
final class OwnConstraints {
    private OwnConstraints() {
    }

    /** The violation of one of the platform's constraints, or null for any other constraint. */
    static Violation violation(String constraint, String field, Object value, Map<String, Object> attributes,
            String own) {
        String said = Params.shortened(String.valueOf(value));
        return switch (constraint) {
            case "OneOf" -> new Violation(field, "ENUM", own != null ? own : field + " must be one of "
                    + Arrays.toString(((Class<?>) attributes.get("value")).getEnumConstants()) + ", was " + said);
            case "PlanYear" -> new Violation(field, "RANGE", own != null ? own : field + " must be from "
                    + PlanYear.MIN + " to " + PlanYear.MAX + ", was " + value);
            case "RegionCode" -> new Violation(field, "FORMAT", own != null ? own : field + " must be a code of "
                    + lengths((int[]) attributes.get("digits")) + " digits, was " + said);
            case "ExactlyOne" -> new Violation(field, "ONE_OF", own != null ? own
                    : "name exactly one of " + String.join(" and ", (String[]) attributes.get("value")));
            case "IsoDate" -> own != null ? new Violation(field, "FORMAT", own)
                    : IsoDate.Check.refusal(field, String.valueOf(value));
            case "WithinRows" -> {
                Paging paging = (Paging) value;
                yield new Violation(field, "RANGE", "page " + paging.pageOrFirst() + " of " + paging.sizeOrDefault()
                        + " starts beyond row " + PageRequest.MAX_OFFSET);
            }
            default -> null;
        };
    }

    /** "2, 4 or 6": the allowed lengths as a problem says them. */
    private static String lengths(int[] digits) {
        String[] all = Arrays.stream(digits).mapToObj(String::valueOf).toArray(String[]::new);
        return all.length == 1 ? all[0]
                : String.join(", ", Arrays.copyOf(all, all.length - 1)) + " or " + all[all.length - 1];
    }
}
