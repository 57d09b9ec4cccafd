namespace Pharos.Gates;

internal static class AssemblyMarker;
