using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dortmund.News.Content.FrontMatter;

namespace Dortmund.News.Content.Schema;

/// <summary>
/// Writes a JSON Schema (draft 2020-12) of a kind of file's front matter from its declared keys (<see cref="KeySet"/>),
/// the declaration the readers and the validator read by: what editors' tools check is what the site checks, as far as a
/// schema can tell (content/README.md lists what only <c>validate</c> sees).
/// </summary>
public static class FrontMatterSchema
{
    /// <summary>The schema document for <paramref name="schema"/>.</summary>
    public static JsonObject Document(ContentSchema schema)
    {
        var definitions = new JsonObject();
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$comment"] = "Generated from the keys the site reads (src/Dortmund.News.Content/**/*Keys.cs) by "
                           + "'dotnet run --project src/Dortmund.News.Web -- schema'. Do not edit: run that command.",
            ["title"] = schema.Keys.Title,
            ["description"] = $"Kopfbereich (Front Matter) von content/{schema.Files}",
        };
        Describe(schema.Keys, root, definitions);
        if (definitions.Count > 0)
            root["$defs"] = definitions;
        return root;
    }

    /// <summary>The document as the file holds it: indented, umlauts as they are, <c>\n</c> line ends, a final line end.</summary>
    public static string Text(ContentSchema schema) =>
        Document(schema).ToJsonString(new JsonSerializerOptions
        {
            WriteIndented = true,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }) + "\n";

    private static void Describe(KeySet keys, JsonObject into, JsonObject definitions)
    {
        into["type"] = "object";
        var properties = new JsonObject();
        foreach (var key in keys.Keys)
        {
            var value = Value(key, definitions);
            value["description"] = key.Description;
            properties[key.Name] = value;
        }

        into["properties"] = properties;
        if (keys.Keys.Where(k => k.IsRequired).Select(k => (JsonNode?)k.Name).ToArray() is { Length: > 0 } required)
            into["required"] = new JsonArray(required);
        // Unknown keys are ignored by the site with a warning (NEWS013): mostly typos, which editors should see.
        into["additionalProperties"] = false;
    }

    private static JsonObject Value(FrontMatterKey key, JsonObject definitions) => key switch
    {
        TextKey text => Text(text),
        FlagKey => new JsonObject
        {
            // bool.TryParse: any case, so a quoted "True" is a flag too.
            ["anyOf"] = new JsonArray(
                new JsonObject { ["type"] = "boolean" },
                new JsonObject { ["type"] = "string", ["pattern"] = @"^\s*(?:[Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee])\s*$" }),
        },
        DateKey => new JsonObject { ["type"] = "string", ["pattern"] = Anchored(IsoDate.Pattern, blankAllowed: false) },
        MomentKey => new JsonObject { ["type"] = "string", ["pattern"] = Anchored(IsoDate.MomentPattern, blankAllowed: false) },
        TextListKey => new JsonObject
        {
            // A single text counts as a one-item list; empty items are skipped.
            ["anyOf"] = new JsonArray(
                new JsonObject { ["type"] = Scalars(withNull: true) },
                new JsonObject { ["type"] = "array", ["maxItems"] = FrontMatterMap.MaxListItems, ["items"] = new JsonObject { ["type"] = Scalars(withNull: true) } }),
        },
        GroupKey group => Reference(group.Keys, definitions),
        GroupListKey list => new JsonObject
        {
            ["type"] = "array",
            ["maxItems"] = FrontMatterMap.MaxListItems,
            ["items"] = Reference(list.Keys, definitions),
        },
        _ => throw new InvalidOperationException($"no schema for the kind of key '{key.Name}' ({key.GetType().Name})"),
    };

    // Any scalar is a text to the site (title: 2026 is "2026"); blank counts as absent unless the key needs a value.
    private static JsonObject Text(TextKey key)
    {
        var needsValue = key.IsRequired || key.BlankRule is not null;
        var schema = new JsonObject { ["type"] = Scalars(withNull: !needsValue) };
        if (key.Pattern is not null)
            schema["pattern"] = Anchored(key.Pattern, blankAllowed: !needsValue);
        else if (needsValue)
            schema["pattern"] = @"\S";
        if (key.MaxLength is { } length)
            schema["maxLength"] = length;
        return schema;
    }

    private static JsonArray Scalars(bool withNull) => withNull
        ? new JsonArray("string", "number", "boolean", "null")
        : new JsonArray("string", "number", "boolean");

    // The site trims values before it reads them.
    private static string Anchored(string pattern, bool blankAllowed) =>
        blankAllowed ? $@"^\s*(?:(?:{pattern})\s*)?$" : $@"^\s*(?:{pattern})\s*$";

    private static JsonObject Reference(KeySet keys, JsonObject definitions)
    {
        if (!definitions.ContainsKey(keys.Name))
        {
            var definition = new JsonObject { ["title"] = keys.Title };
            definitions[keys.Name] = definition;
            Describe(keys, definition, definitions);
        }

        return new JsonObject { ["$ref"] = $"#/$defs/{keys.Name}" };
    }
}
