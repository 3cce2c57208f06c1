package io.grassroots.share.form.mapping;

/** A form the platform cannot take, with the rule it breaks (UNIT_COLUMN, NO_INDICATOR, FORMULA, …). */
public class FormRefusal extends RuntimeException {
    private final String rule;

    public FormRefusal(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
