package io.grassroots.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Method;
import java.util.List;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The platform's own constraints: plan year, region code, exactly one of, and paging. */
class PlatformConstraintsTest {
    private final Validator validator = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    /** A resource taking the constrained parameters as a list would. */
    static class Resource {
        public void list(@QueryParam("year") @PlanYear Integer year, @QueryParam("region") @RegionCode String region,
                @QueryParam("county") @RegionCode(digits = { 2, 4, 6 }) String county,
                @Valid @BeanParam Paging paging) {
        }
    }

    private List<Violation> call(Integer year, String region, String county, Paging paging)
            throws NoSuchMethodException {
        Method list = Resource.class.getMethod("list", Integer.class, String.class, String.class, Paging.class);
        return ValidationProblems.violations(validator.forExecutables().validateParameters(new Resource(), list,
                new Object[] { year, region, county, paging }));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = { "1999,'year must be from 2000 to 2100, was 1999'",
            "2101,'year must be from 2000 to 2100, was 2101'", "null,'year must be from 2000 to 2100, was null'" })
    void aYearOutsideThePlatformsYearsOrNoneIsRange(Integer year, String message) throws NoSuchMethodException {
        assertEquals(List.of(new Violation("year", "RANGE", message)), call(year, null, null, new Paging()));
    }

    @ParameterizedTest
    @CsvSource({ "45,", "4501,", "450102,", "450102001,", "450102001001,", "' 4501 ',", ",450102" })
    void aRegionOfOneOfTheLevelsLengthsIsAccepted(String region, String county) throws NoSuchMethodException {
        assertEquals(List.of(), call(2026, region, county, new Paging(0, 50)));
    }

    @ParameterizedTest
    @CsvSource({ "4,region,'region must be a code of 2, 4, 6, 9 or 12 digits, was 4'",
            "45x1,region,'region must be a code of 2, 4, 6, 9 or 12 digits, was 45x1'",
            "4501020,region,'region must be a code of 2, 4, 6, 9 or 12 digits, was 4501020'" })
    void anyOtherRegionIsFormat(String region, String field, String message) throws NoSuchMethodException {
        assertEquals(List.of(new Violation(field, "FORMAT", message)), call(2026, region, null, new Paging()));
    }

    @Test
    void aRegionLimitedToSomeLevelsSaysWhichLengths() throws NoSuchMethodException {
        assertEquals(
                List.of(new Violation("county", "FORMAT", "county must be a code of 2, 4 or 6 digits, was 450102001")),
                call(2026, null, "450102001", new Paging()));
    }

    @ParameterizedTest
    @CsvSource({ "-1,50,page,'page must be at least 0, was -1'", "0,0,size,'size must be at least 1, was 0'",
            "0,501,size,'size must be at most 500, was 501'",
            "200001,50,page,page 200001 of 50 starts beyond row 10000000",
            "10000001,,page,page 10000001 of 50 starts beyond row 10000000" })
    void pagingOutsideItsBoundsIsRangeOfTheParameter(Integer page, Integer size, String field, String message)
            throws NoSuchMethodException {
        assertEquals(List.of(new Violation(field, "RANGE", message)), call(2026, null, null, new Paging(page, size)));
    }

    @Test
    void pagingWithinItsBoundsIsTheRequestedPageAndAbsentIsTheFirstOfFifty() throws NoSuchMethodException {
        assertEquals(List.of(), call(2026, null, null, new Paging(200000, 50)));
        assertEquals(new PageRequest(200000, 50), new Paging(200000, 50).request());
        assertEquals(new PageRequest(0, 50), new Paging().request());
    }

    @ExactlyOne({ "visitId", "requestId" })
    record Feedback(String visitId, String requestId, int rating) {
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = { "null,null", "v1,r1", "' ',null" })
    void noneOrBothOfTheFieldsIsOneOfUnderTheFirst(String visitId, String requestId) {
        assertEquals(List.of(new Violation("visitId", "ONE_OF", "name exactly one of visitId and requestId")),
                ValidationProblems.violations(validator.validate(new Feedback(visitId, requestId, 3))));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = { "v1,null", "null,r1", "' ',r1" })
    void exactlyOneOfTheFieldsIsAccepted(String visitId, String requestId) {
        assertEquals(List.of(), ValidationProblems.violations(validator.validate(new Feedback(visitId, requestId, 3))));
    }

    /** A list's date filters. */
    static class Dates {
        public void list(@QueryParam("from") @IsoDate String from) {
        }
    }

    @ParameterizedTest
    @CsvSource({ "2026-13-01,FORMAT,'from must be a date (YYYY-MM-DD), was 2026-13-01'",
            "1899-12-31,RANGE,'from must lie in the years 1900 to 2200, was 1899-12-31'",
            "+999999999-12-31,RANGE,'from must lie in the years 1900 to 2200, was +999999999-12-31'" })
    void aDateThatIsNoneIsFormatAndOneOutsideTheYearsIsRange(String from, String rule, String message)
            throws NoSuchMethodException {
        Method list = Dates.class.getMethod("list", String.class);
        assertEquals(List.of(new Violation("from", rule, message)), ValidationProblems.violations(validator
                .forExecutables().validateParameters(new Dates(), list, new Object[] { from })));
        assertEquals(List.of(), ValidationProblems.violations(validator.forExecutables().validateParameters(
                new Dates(), list, new Object[] { " 2026-02-28 " })));
    }
}
