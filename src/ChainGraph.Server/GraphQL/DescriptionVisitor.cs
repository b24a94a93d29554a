using GraphQL.Types;
using GraphQL.Utilities;

namespace ChainGraph.Server.GraphQL;

/// <summary>Fills in, while the schema initializes, the descriptions <see cref="SchemaDescriptions"/> holds for elements that have none.</summary>
internal sealed class DescriptionVisitor : BaseSchemaNodeVisitor
{
    public override void VisitObject(IObjectGraphType type, ISchema schema) => Describe(type);

    public override void VisitInputObject(IInputObjectGraphType type, ISchema schema) => Describe(type);

    public override void VisitEnum(EnumerationGraphType type, ISchema schema) => Describe(type);

    public override void VisitScalar(ScalarGraphType type, ISchema schema) => Describe(type);

    public override void VisitObjectFieldDefinition(FieldType field, IObjectGraphType type, ISchema schema) => Describe(field, type.Name);

    public override void VisitInputObjectFieldDefinition(FieldType field, IInputObjectGraphType type, ISchema schema) => Describe(field, type.Name);

    public override void VisitObjectFieldArgumentDefinition(QueryArgument argument, FieldType field, IObjectGraphType type, ISchema schema)
    {
        if (string.IsNullOrEmpty(argument.Description))
        {
            argument.Description = Lookup($"{type.Name}.{field.Name}({argument.Name})", argument.Name);
        }
    }

    public override void VisitEnumValue(EnumValueDefinition value, EnumerationGraphType type, ISchema schema)
    {
        if (string.IsNullOrEmpty(value.Description) && SchemaDescriptions.EnumValues.TryGetValue(value.Name, out var text))
        {
            value.Description = text;
        }
    }

    private static void Describe(IGraphType type)
    {
        // Built-in scalars are shared by every schema of the process: they are described once, the same way each time.
        if (string.IsNullOrEmpty(type.Description) && SchemaDescriptions.Types.TryGetValue(type.Name, out var text))
        {
            type.Description = text;
        }
    }

    private static void Describe(FieldType field, string typeName)
    {
        if (string.IsNullOrEmpty(field.Description))
        {
            field.Description = Lookup($"{typeName}.{field.Name}", field.Name);
        }
    }

    private static string? Lookup(string specific, string generic) =>
        SchemaDescriptions.Fields.TryGetValue(specific, out var text) ? text : SchemaDescriptions.Fields.GetValueOrDefault(generic);
}
