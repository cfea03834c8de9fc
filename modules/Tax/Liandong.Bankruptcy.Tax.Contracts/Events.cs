using Liandong.Bankruptcy.Platform;

namespace Liandong.Bankruptcy.Tax.Contracts;

/// <summary>The tax bureau declared claims on a case (its <c>Number</c>th declaration; supplementary after the claim deadline).</summary>
public sealed record TaxClaimsDeclared(Guid CaseId, int Number, int Lines, decimal Total, bool Supplementary, DateOnly DeclaredOn) : IIntegrationEvent;

/// <summary>The tax bureau lifted the preservation measures it held against the debtor (EBL art. 19), <c>Measures</c> of them (0: none held).</summary>
public sealed record TaxPreservationLifted(Guid CaseId, int Measures, DateOnly LiftedOn) : IIntegrationEvent;

/// <summary>The debtor's abnormal-taxpayer (非正常户) status was lifted, so the administrator can issue invoices in its name.</summary>
public sealed record AbnormalTaxpayerStatusLifted(Guid CaseId, DateOnly LiftedOn) : IIntegrationEvent;

/// <summary>
/// The tax clearance document (清税文书) was issued after a terminated liquidation, the unpaid amount written off
/// (核销死欠). Deregistration never waits for it.
/// </summary>
public sealed record TaxClearanceIssued(Guid CaseId, string DocumentNumber, decimal WrittenOff, DateOnly IssuedOn) : IIntegrationEvent;

/// <summary>The administrator asked for the debtor's tax credit to be repaired after an approved plan or composition (SAT and SPC 2025 No. 24): a credit target the Credit module follows.</summary>
public sealed record TaxCreditRepairRequested(Guid CaseId, DateOnly RequestedOn) : IIntegrationEvent;

/// <summary>The tax bureau decided on the credit repair: repaired (with the rating now given) or refused with a reason.</summary>
public sealed record TaxCreditRepairDecided(Guid CaseId, bool Repaired, string? Rating, DateOnly DecidedOn) : IIntegrationEvent;

/// <summary>
/// A tax that arose after acceptance was booked on the case: on selling assets a bankruptcy expense (EBL art. 41), on
/// continued operation a common-benefit debt (art. 42); <c>Class</c> is <c>BankruptcyExpense</c> or <c>CommonBenefitDebt</c>.
/// </summary>
public sealed record PostAcceptanceTaxBooked(Guid CaseId, Guid EntryId, string Class, decimal Amount, DateOnly ArisingOn) : IIntegrationEvent;
