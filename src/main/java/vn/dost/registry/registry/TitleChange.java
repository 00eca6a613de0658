package vn.dost.registry.registry;

/** One entry of a title's history, with the title it belongs to. */
public record TitleChange(Registration title, HistoryEntry entry) {
}
