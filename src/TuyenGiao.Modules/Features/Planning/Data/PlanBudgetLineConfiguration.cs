using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TuyenGiao.Modules.Features.Planning.Domain;

namespace TuyenGiao.Modules.Features.Planning.Data;

internal sealed class PlanBudgetLineConfiguration : IEntityTypeConfiguration<PlanBudgetLine>
{
    public void Configure(EntityTypeBuilder<PlanBudgetLine> builder)
    {
        builder.ToTable("planning_plan_budget_lines");
        builder.Property(b => b.Item).HasMaxLength(300);
        builder.Property(b => b.Source).HasMaxLength(200);
    }
}
