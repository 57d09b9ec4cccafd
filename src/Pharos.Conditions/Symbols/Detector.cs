namespace Pharos.Conditions.Symbols;

public sealed record Detector(DetectorKind Kind, string Name, DetectorArgument Argument, string Example, string Description);
