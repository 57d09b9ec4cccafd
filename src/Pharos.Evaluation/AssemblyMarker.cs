namespace Pharos.Evaluation;

internal static class AssemblyMarker;
