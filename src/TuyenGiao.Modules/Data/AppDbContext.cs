using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Modules.Features.Identity.Data;

namespace TuyenGiao.Modules.Data;

/// <summary>
/// The one database context. Each module maps its entities with
/// <c>IEntityTypeConfiguration</c> classes under <c>Features/&lt;M&gt;/Data</c>, found here by scan.
/// </summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    /// <summary>
    /// Annotation for string columns whose ordering must be ordinal (materialised paths compared as
    /// ranges): PostgreSQL gets the "C" collation; SQLite's default BINARY already is.
    /// </summary>
    public const string OrdinalCollation = "TuyenGiao:OrdinalCollation";

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<AppUser>().ToTable("identity_users");
        builder.Entity<IdentityRole>().ToTable("identity_roles");
        builder.Entity<IdentityUserRole<string>>().ToTable("identity_user_roles");
        builder.Entity<IdentityUserClaim<string>>().ToTable("identity_user_claims");
        builder.Entity<IdentityUserLogin<string>>().ToTable("identity_user_logins");
        builder.Entity<IdentityUserToken<string>>().ToTable("identity_user_tokens");
        builder.Entity<IdentityRoleClaim<string>>().ToTable("identity_role_claims");
        builder.Entity<DataProtectionKey>().ToTable("platform_data_protection_keys");

        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

        var postgres = Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL";
        foreach (var property in builder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()).Where(p => p.FindAnnotation(OrdinalCollation) is not null).ToList())
        {
            if (postgres)
            {
                property.SetCollation("C");
            }

            property.RemoveAnnotation(OrdinalCollation);
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every DateTime is UTC; SQLite hands them back unspecified.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}
