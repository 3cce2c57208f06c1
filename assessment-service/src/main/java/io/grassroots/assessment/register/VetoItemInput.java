package io.grassroots.assessment.register;

/** A veto item (一票否决事项) as a coordinator registers it. */
public record VetoItemInput(String code, String title, String description, Mandate mandate) {
}
