using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Platform.Domain;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Time;

namespace Liandong.Bankruptcy.Coordination.Features.Templates;

/// <summary><c>{key, trigger, unitKind, title, basis?, dueLength, dueUnit, isActive?}</c>; key and trigger count on create only.</summary>
internal sealed record TemplateRequest(
    string? Key, TemplateTrigger? Trigger, UnitKind? UnitKind, string? Title, string? Basis, int? DueLength, PeriodUnit? DueUnit, bool? IsActive) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        errors.RequiredText("key", Key, 60);
        errors.Defined("trigger", Trigger);
        errors.Defined("unitKind", UnitKind);
        errors.RequiredText("title", Title, 200);
        errors.OptionalText("basis", Basis, 300);
        if (DueLength is not (>= 0 and <= 365))
        {
            errors.Add("dueLength", "validation.range", 0, 365);
        }

        if (DueUnit is not (PeriodUnit.Days or PeriodUnit.WorkingDays))
        {
            errors.Add("dueUnit", "validation.invalid_value");
        }
    }
}
