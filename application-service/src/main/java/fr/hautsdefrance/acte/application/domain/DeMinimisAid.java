package fr.hautsdefrance.acte.application.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A de minimis aid the applicant declares having received (ACTE.md, "De minimis"): who granted it,
 * when, how much, under which regulation. Their sum over a rolling three years is checked against
 * the ceiling.
 */
public record DeMinimisAid(String grantor, LocalDate grantedOn, BigDecimal amount, String regulation) {
}
