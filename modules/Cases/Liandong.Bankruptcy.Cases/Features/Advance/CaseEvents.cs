using Liandong.Bankruptcy.Cases.Domain;
using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Platform;

namespace Liandong.Bankruptcy.Cases.Features.Advance;

/// <summary>The integration events a step publishes (besides <see cref="CaseAdvanced"/>, which every step publishes).</summary>
internal static class CaseEvents
{
    public static IEnumerable<IIntegrationEvent> For(BankruptcyCase advanced, CaseAction action, LegalBasis basis, DateOnly on)
    {
        var id = advanced.Id;
        switch (action)
        {
            case CaseAction.AcceptLiquidation or CaseAction.AcceptReorganization or CaseAction.AcceptComposition:
                yield return new CaseAccepted(id, advanced.Procedure.ToString(), on,
                    [.. advanced.Deadlines.OrderBy(d => d.Due).Select(d => new CaseDeadlineInfo(d.Kind.ToString(), d.Due, d.Provisional))]);
                break;
            case CaseAction.RejectApplication or CaseAction.DismissApplication:
                yield return new CaseClosed(id, advanced.State.ToString(), on);
                break;
            case CaseAction.DeclareBankruptcy:
                yield return new BankruptcyDeclared(id, on);
                break;
            case CaseAction.ConvertToLiquidation:
                yield return new ConvertedToLiquidation(id, basis.ToString(), on);
                yield return new BankruptcyDeclared(id, on);
                break;
            case CaseAction.ApprovePlan:
                yield return new ReorganizationPlanApproved(id, on);
                yield return new ProcedureEnded(id, "PlanApproved", on);
                break;
            case CaseAction.ApproveComposition:
                yield return new CompositionApproved(id, on);
                yield return new ProcedureEnded(id, "CompositionApproved", on);
                break;
            case CaseAction.PlanCarriedOut or CaseAction.CompositionCarriedOut:
                yield return new PlanCarriedOut(id, advanced.Procedure.ToString(), on);
                yield return new CaseClosed(id, advanced.State.ToString(), on);
                break;
            case CaseAction.Terminate when CaseTransitions.LeadsToDeregistration(advanced.State, basis):
                yield return new LiquidationTerminated(id, basis.ToString(), on); // closed when the deregistration is complete
                break;
            case CaseAction.Terminate:
                yield return new ProcedureEnded(id, basis.ToString(), on);
                yield return new CaseClosed(id, advanced.State.ToString(), on);
                break;
        }

        if (action is CaseAction.AcceptReorganization or CaseAction.ConvertToReorganization)
        {
            yield return new ReorganizationRuled(id, on, advanced.Deadlines.Single(d => d.Kind == DeadlineKind.ReorganizationPlan).Due);
        }
    }
}
