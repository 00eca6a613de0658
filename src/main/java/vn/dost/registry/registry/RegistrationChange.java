package vn.dost.registry.registry;

/**
 * One entry of a title's history, with the title it belongs to: what the workspace's and
 * the public's lists of latest changes show.
 */
public record RegistrationChange(Registration registration, HistoryEntry entry) {
}
