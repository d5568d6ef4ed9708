using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.AspNetCore.WebUtilities;

namespace Dortmund.News.Web.Embargo;

/// <summary>
/// Embargo tokens: an <see cref="EmbargoTicket"/> encrypted and signed by ASP.NET Core Data Protection, so a link
/// reveals nothing (not even the slug, which can give the news away) and one changed character opens nothing. The key
/// ring is a folder (<c>DataProtection:KeysPath</c>) that every replica and the <c>embargo-link</c> command share.
/// Only the command creates keys; the site reads the folder again (at most every ten seconds) when a token names a
/// key it has not loaded, since Data Protection alone would look only once a day.
/// </summary>
public sealed class EmbargoTokens
{
    /// <summary>The key ring folder; relative to the site's content root (the web project folder, or the published program's).</summary>
    public const string KeysPathKey = "DataProtection:KeysPath";

    public const string DefaultKeysPath = "data/keys";

    private const string ApplicationName = "Dortmund.News";
    private const string Purpose = "Dortmund.News.Embargo.v1";
    private static readonly TimeSpan ReloadAtMostEvery = TimeSpan.FromSeconds(10);

    private readonly DirectoryInfo _keys;
    private readonly bool _createsKeys;
    private readonly TimeProvider _time;
    private readonly Lock _reload = new();
    private IDataProtector _protector;
    private DateTimeOffset _loadedAt;

    /// <param name="keys">The key ring folder.</param>
    /// <param name="createsKeys">True for the command that issues links: it makes the first key and the next when one expires.</param>
    public EmbargoTokens(DirectoryInfo keys, bool createsKeys, TimeProvider time)
    {
        (_keys, _createsKeys, _time) = (keys, createsKeys, time);
        _protector = Load();
        _loadedAt = time.GetUtcNow();
    }

    /// <summary>The key ring folder as configured, relative to <paramref name="contentRoot"/>.</summary>
    public static DirectoryInfo KeysFolder(IConfiguration configuration, string contentRoot) =>
        new(Path.GetFullPath(configuration[KeysPathKey] is { Length: > 0 } path ? path : DefaultKeysPath, contentRoot));

    public string Create(EmbargoTicket ticket)
    {
        _keys.Create();
        return WebEncoders.Base64UrlEncode(_protector.Protect(Encoding.UTF8.GetBytes(ticket.Slug + "\n" + ticket.SourcePath)));
    }

    /// <summary>The ticket in <paramref name="token"/>; null for anything this key ring did not sign, or that was changed since.</summary>
    public EmbargoTicket? Read(string token)
    {
        if (Decode(token) is not { } bytes)
            return null;
        var text = Unprotect(bytes, _protector) ?? (Reloaded() is { } fresh ? Unprotect(bytes, fresh) : null);
        return text?.Split('\n') is [var slug, var sourcePath] ? new EmbargoTicket(slug, sourcePath) : null;
    }

    private IDataProtector Load() =>
        DataProtectionProvider.Create(_keys, builder =>
        {
            builder.SetApplicationName(ApplicationName);
            // Stored as they are: the folder's permissions protect them (docs/operations.md). Said explicitly, so Data
            // Protection does not warn on every new key.
            builder.Services.Configure<KeyManagementOptions>(options => options.XmlEncryptor = new NullXmlEncryptor());
            if (!_createsKeys)
                builder.DisableAutomaticKeyGeneration();
        }).CreateProtector(Purpose);

    // A key made since the ring was loaded (the command's first, or a new one after 90 days) is found by loading it again.
    private IDataProtector? Reloaded()
    {
        lock (_reload)
        {
            if (_time.GetUtcNow() - _loadedAt < ReloadAtMostEvery)
                return null;
            _protector = Load();
            _loadedAt = _time.GetUtcNow();
            return _protector;
        }
    }

    private static string? Unprotect(byte[] bytes, IDataProtector protector)
    {
        try
        {
            return Encoding.UTF8.GetString(protector.Unprotect(bytes));
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private static byte[]? Decode(string token)
    {
        if (token.Length is 0 or > 2048)
            return null;
        try
        {
            return WebEncoders.Base64UrlDecode(token);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
