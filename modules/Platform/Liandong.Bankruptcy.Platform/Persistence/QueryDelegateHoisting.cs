using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;

namespace Liandong.Bankruptcy.Platform.Persistence;

#pragma warning disable EF9100 // RelationalLiftableConstantProcessor is experimental: its one override here is checked by QueryDelegateHoistingTests

/// <summary>
/// Compiles the lambdas nested in a query's executor (its command resolver, its shaper) once, with the query, instead of
/// on every execution. EF passes them as lambda arguments inside the executor it compiles; the expression compiler turns
/// such an argument into a <c>DynamicMethod.CreateDelegate</c> call that runs each time the executor runs, which makes the
/// runtime check the method is compiled (a native call, two per query, ~3 % of a short read's host time). A lambda that
/// refers to nothing outside itself gives the same delegate whenever it is made, so it is made once and embedded as a
/// constant. Lambdas that close over the executor's variables, quoted lambdas and lambdas invoked in place (which the
/// compiler inlines) are left as they are.
/// </summary>
internal sealed class QueryDelegateHoisting(
    ShapedQueryCompilingExpressionVisitorDependencies dependencies,
    RelationalShapedQueryCompilingExpressionVisitorDependencies relationalDependencies,
    Microsoft.EntityFrameworkCore.Storage.RelationalCommandBuilderDependencies commandBuilderDependencies)
    : RelationalLiftableConstantProcessor(dependencies, relationalDependencies, commandBuilderDependencies)
{
    public override Expression InlineConstants(Expression expression, bool supportsPrecompiledQuery)
    {
        var inlined = base.InlineConstants(expression, supportsPrecompiledQuery);
        return inlined is LambdaExpression executor
            ? WithBody(executor, Hoister.Instance.Visit(executor.Body))
            : inlined;
    }

    private static LambdaExpression WithBody(LambdaExpression lambda, Expression body) =>
        body == lambda.Body ? lambda : Expression.Lambda(lambda.Type, body, lambda.Name, lambda.TailCall, lambda.Parameters);

    private sealed class Hoister : ExpressionVisitor
    {
        public static readonly Hoister Instance = new();

        protected override Expression VisitLambda<T>(Expression<T> node)
        {
            var lambda = (Expression<T>)base.VisitLambda(node);
            return FreeVariables.Any(lambda) ? lambda : Expression.Constant(lambda.Compile(), typeof(T));
        }

        // Invoke(lambda, …) is inlined by the compiler: no delegate is made, so the lambda stays (its body is still visited).
        protected override Expression VisitInvocation(InvocationExpression node) =>
            node.Expression is LambdaExpression lambda
                ? node.Update(WithBody(lambda, Visit(lambda.Body)), Visit(node.Arguments))
                : base.VisitInvocation(node);

        // A quoted lambda is data (an expression tree the code reads), not a delegate.
        protected override Expression VisitUnary(UnaryExpression node) =>
            node.NodeType == ExpressionType.Quote ? node : base.VisitUnary(node);
    }

    /// <summary>Whether a lambda refers to a parameter or variable declared outside it.</summary>
    private sealed class FreeVariables : ExpressionVisitor
    {
        private readonly Dictionary<ParameterExpression, int> _declared = [];
        private bool _found;

        public static bool Any(LambdaExpression lambda)
        {
            var finder = new FreeVariables();
            finder.Visit(lambda);
            return finder._found;
        }

        public override Expression? Visit(Expression? node) => _found ? node : base.Visit(node);

        protected override Expression VisitParameter(ParameterExpression node)
        {
            _found |= !_declared.ContainsKey(node);
            return node;
        }

        protected override Expression VisitLambda<T>(Expression<T> node)
        {
            Declare(node.Parameters, 1);
            Visit(node.Body);
            Declare(node.Parameters, -1);
            return node;
        }

        protected override Expression VisitBlock(BlockExpression node)
        {
            Declare(node.Variables, 1);
            Visit(node.Expressions);
            Declare(node.Variables, -1);
            return node;
        }

        protected override CatchBlock VisitCatchBlock(CatchBlock node)
        {
            var variable = node.Variable is null ? [] : new[] { node.Variable };
            Declare(variable, 1);
            Visit(node.Filter);
            Visit(node.Body);
            Declare(variable, -1);
            return node;
        }

        private void Declare(IEnumerable<ParameterExpression> parameters, int change)
        {
            foreach (var parameter in parameters)
            {
                var count = _declared.GetValueOrDefault(parameter) + change;
                if (count == 0)
                {
                    _declared.Remove(parameter);
                }
                else
                {
                    _declared[parameter] = count;
                }
            }
        }
    }
}
