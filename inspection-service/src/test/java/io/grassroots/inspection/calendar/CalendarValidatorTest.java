package io.grassroots.inspection.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.grassroots.inspection.calendar.CalendarRequest.HolidayEntry;
import io.grassroots.platform.web.ValidationProblems;
import io.grassroots.platform.web.Violation;
import io.grassroots.platform.web.Violations;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** An arrangement's shape: each broken rule is named with its field, and a sound one passes. */
class CalendarValidatorTest {
    private static final String SOURCE = "国办发明电〔2026〕x号";

    private static HolidayEntry holiday(String date, String name) {
        return new HolidayEntry(LocalDate.parse(date), name);
    }

    private static List<HolidayEntry> nationalDay() {
        return IntStream.rangeClosed(1, 7).mapToObj(d -> holiday("2027-10-0" + d, "国庆节")).toList();
    }

    private static final Validator SHAPE = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    /** As the service sees a request: its fields' shape first (Bean Validation), then what spans them. */
    private static List<String> violations(CalendarRequest request) {
        List<Violation> found = ValidationProblems.violations(SHAPE.validate(request));
        if (found.isEmpty()) {
            Violations v = new Violations();
            CalendarValidator.validate(request, 2027, v);
            found = v.list();
        }
        return found.stream().map(x -> x.field() + " " + x.rule()).toList();
    }

    @Test
    void aSoundArrangementPasses() {
        // 2027-09-26 is a Sunday and 2027-10-09 a Saturday: both may be declared working days.
        assertEquals(List.of(), violations(new CalendarRequest(nationalDay(),
                List.of(LocalDate.of(2027, 9, 26), LocalDate.of(2027, 10, 9)), SOURCE)));
        assertEquals(List.of(), violations(new CalendarRequest(nationalDay(), null, SOURCE)), "no 调休 days is fine");
    }

    @Test
    void everyDateMustLieInTheYearOnceAndWorkdaysOnWeekendsOnly() {
        List<HolidayEntry> holidays = new ArrayList<>(nationalDay());
        holidays.add(holiday("2028-01-01", "元旦"));
        holidays.add(holiday("2027-10-03", "国庆节"));
        List<LocalDate> workdays = Arrays.asList(LocalDate.of(2027, 10, 8), LocalDate.of(2027, 10, 2),
                LocalDate.of(2026, 12, 27), LocalDate.of(2027, 10, 9), LocalDate.of(2027, 10, 9));
        assertEquals(List.of("holidays[7].date YEAR", "holidays[8].date UNIQUE", "workdays[0] WEEKEND",
                "workdays[1] CONFLICT", "workdays[2] YEAR", "workdays[4] UNIQUE"),
                violations(new CalendarRequest(holidays, workdays, SOURCE)));
        assertEquals(List.of("workdays[1] REQUIRED"),
                violations(new CalendarRequest(nationalDay(), Arrays.asList(LocalDate.of(2027, 10, 9), null), SOURCE)));
    }

    @Test
    void namesSourceAndSizesAreBounded() {
        List<HolidayEntry> holidays = new ArrayList<>(nationalDay());
        holidays.set(0, holiday("2027-10-01", "节".repeat(51)));
        holidays.set(1, new HolidayEntry(null, " "));
        holidays.set(2, null);
        assertEquals(List.of("holidays[0].name MAX_LENGTH", "holidays[1].date REQUIRED", "holidays[1].name REQUIRED",
                "holidays[2] REQUIRED", "source REQUIRED"),
                violations(new CalendarRequest(holidays, List.of(), " ")));
        assertEquals(List.of("holidays REQUIRED", "source MAX_LENGTH"),
                violations(new CalendarRequest(List.of(), List.of(), "x".repeat(201))));

        List<HolidayEntry> tooMany = IntStream.range(0, 61)
                .mapToObj(i -> new HolidayEntry(LocalDate.of(2027, 1, 1).plusDays(i), "假日")).toList();
        assertEquals(List.of("holidays MAX_SIZE"), violations(new CalendarRequest(tooMany, List.of(), SOURCE)));
        List<LocalDate> weekends = IntStream.range(0, 31).mapToObj(i -> LocalDate.of(2027, 1, 2).plusWeeks(i))
                .toList();
        assertEquals(List.of("workdays MAX_SIZE"), violations(new CalendarRequest(nationalDay(), weekends, SOURCE)));
    }
}
