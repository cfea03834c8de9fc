using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.ProtectedData;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Wages.Features.Files.Employees;

/// <summary>The list made by JSON or spreadsheet, its template, and an employee's ID number in full (audited).</summary>
internal static class EmployeeEndpoints
{
    public static void Map(IEndpointRouteBuilder cases)
    {
        cases.MapPost("/{id:guid}/employees", (Guid id, AddEmployeesRequest request, AddEmployees handler, WageFileReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request.Employees!, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(WagesPermissions.Administer)
            .RequiresIfMatch()
            .Describe("AddEmployeeClaims", "List employees and what the debtor owes each (art. 48), before the list is published", "列入职工债权清单（公示前）");
        cases.MapPost("/{id:guid}/employees.xlsx", async (Guid id, HttpRequest request, AddEmployees handler, WageFileReader reader, HttpContext http, CancellationToken ct) =>
            {
                await reader.GetAsync(id, ct); // 404 before reading the body
                var employees = await EmployeeSheet.ReadAsync(request, ct);
                return await http.UpdateAsync(version => handler.HandleAsync(id, version, employees, ct), () => reader.GetAsync(id, ct));
            })
            .RequirePermission(WagesPermissions.Administer)
            .RequiresIfMatch()
            .DisableAntiforgery()
            .AcceptsUpload()
            .Describe("ImportEmployeeClaims",
                "List employees from a spreadsheet (form field `file`, .xlsx with the template's headers, at most 50,000 rows): every bad row reported, nothing imported while any is bad",
                "以电子表格导入职工债权清单（有错误行时全部不导入，并逐行列明）");
        cases.MapGet("/{id:guid}/employees.xlsx", async (Guid id, WageFileReader reader, CancellationToken ct) =>
            {
                var file = await reader.GetAsync(id, ct);
                return await Spreadsheets.XlsxAsync(EmployeeSheet.Export(file), $"职工债权清单-{file.CaseNumber}.xlsx", ct);
            })
            .RequirePermission(WagesPermissions.View)
            .Produces(StatusCodes.Status200OK, contentType: Spreadsheets.ContentType)
            .Describe("ExportEmployeeClaims", "The case's employee claims list as a spreadsheet (ID numbers masked; classes, advances, verification, objections)",
                "导出职工债权清单（身份证号脱敏）");
        cases.MapGet("/employee-template.xlsx", (CancellationToken ct) => Spreadsheets.XlsxAsync(EmployeeSheet.Template(), "职工债权清单模板.xlsx", ct))
            .RequirePermission(WagesPermissions.Administer)
            .Produces(StatusCodes.Status200OK, contentType: Spreadsheets.ContentType)
            .Describe("GetEmployeeClaimsTemplate", "The spreadsheet template for the employee claims list", "职工债权清单模板");
        cases.MapGet("/{id:guid}/employees/{employeeId:guid}/id-number", async (Guid id, Guid employeeId, WageFileReader reader, IProtectedData protectedData, HttpContext http, CancellationToken ct) =>
            {
                var employee = await reader.EmployeeAsync(id, employeeId, ct);
                var clear = await protectedData.RevealAsync(http.User, "EmployeeClaim", employeeId.ToString(), "IdNumber", employee.IdNumber, ct);
                return TypedResults.Ok(new EmployeeIdNumberDto(employeeId, clear));
            })
            .RequirePermission(WagesPermissions.View)
            .Describe("RevealEmployeeIdNumber", "An employee's resident ID number in full (needs Platform.ProtectedData; every read audited)", "查看职工完整身份证号（留痕）");
    }
}

internal sealed record EmployeeIdNumberDto(Guid EmployeeId, string IdNumber);
