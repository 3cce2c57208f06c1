package io.grassroots.assessment.register;

import java.time.LocalDate;

/** The document that mandates an indicator or a veto item: who issued it, which document, when, at what level. */
public record Mandate(String issuingBody, String document, LocalDate issuedOn, String level) {
}
