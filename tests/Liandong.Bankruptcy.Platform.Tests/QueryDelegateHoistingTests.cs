using System.Linq.Expressions;
using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Query;

namespace Liandong.Bankruptcy.Platform.Tests;

#pragma warning disable EF9100 // the experimental service QueryDelegateHoisting replaces

/// <summary>
/// A query's executor gets its self-contained nested lambdas as compiled delegates (made once, not on every execution);
/// what depends on the executor's own variables, what is invoked in place and what is quoted stays a lambda. Without a
/// database: the processor a module context really uses, on an executor shaped as EF's.
/// </summary>
public sealed class QueryDelegateHoistingTests
{
    private static readonly ParameterExpression QueryContext = Expression.Parameter(typeof(QueryContext), "queryContext");

    [Fact]
    public void Module_contexts_compile_nested_query_lambdas_once()
    {
        using var db = new PlatformDbContext(ModuleServices.DesignTimeOptions<PlatformDbContext>(PlatformDbContext.SchemaName));
        var processor = db.GetService<ILiftableConstantProcessor>();
        processor.ShouldBeOfType<QueryDelegateHoisting>();

        // Resolve(closed, open, Invoke(inline, 3), Quote(quoted)), as EF passes its command resolver and its shaper.
        var outer = Expression.Variable(typeof(int), "outer");
        var x = Expression.Parameter(typeof(int), "x");
        var y = Expression.Parameter(typeof(int), "y");
        var inner = Expression.Variable(typeof(int), "inner");
        Expression<Func<int, int>> closed = Expression.Lambda<Func<int, int>>(
            Expression.Block([inner], Expression.Assign(inner, Expression.Multiply(x, Expression.Constant(2))), Expression.Add(inner, Expression.Constant(1))), x);
        var open = Expression.Lambda<Func<int, int>>(Expression.Add(y, outer), y);
        var inline = Expression.Lambda<Func<int, int>>(Expression.Subtract(x, Expression.Constant(1)), x);
        Expression<Func<int, int>> quoted = z => z;
        var call = Expression.Call(typeof(QueryDelegateHoistingTests).GetMethod(nameof(Resolve))!,
            closed, open, Expression.Invoke(inline, Expression.Constant(3)), Expression.Quote(quoted));
        var executor = Expression.Lambda<Func<QueryContext, string>>(
            Expression.Block([outer], Expression.Assign(outer, Expression.Constant(10)), call), QueryContext);

        var processed = (Expression<Func<QueryContext, string>>)processor.InlineConstants(executor, supportsPrecompiledQuery: false);

        var arguments = ((MethodCallExpression)((BlockExpression)processed.Body).Expressions[^1]).Arguments;
        arguments[0].ShouldBeOfType<ConstantExpression>().Value.ShouldBeOfType<Func<int, int>>();
        arguments[1].ShouldBeAssignableTo<LambdaExpression>(); // refers to the executor's variable
        arguments[2].ShouldBeAssignableTo<InvocationExpression>().Expression.ShouldBeAssignableTo<LambdaExpression>();
        arguments[3].NodeType.ShouldBe(ExpressionType.Quote);
        processed.Compile()(null!).ShouldBe("9 15 2 z => z");
        executor.Compile()(null!).ShouldBe("9 15 2 z => z");
    }

    public static string Resolve(Func<int, int> closed, Func<int, int> open, int inlined, Expression<Func<int, int>> quoted) =>
        $"{closed(4)} {open(5)} {inlined} {quoted}";
}
