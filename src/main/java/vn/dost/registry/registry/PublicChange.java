package vn.dost.registry.registry;

/**
 * A decision about a public title that the public is told of: its grant, a renewal, an
 * amendment, its end.
 */
public record PublicChange(Registration title, HistoryEntry entry) {
}
