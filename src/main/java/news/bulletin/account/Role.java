package news.bulletin.account;

/** What a person may do, each role including everything the ones before it may. */
public enum Role {
    READER,
    CONTRIBUTOR,
    AUTHOR,
    EDITOR,
    ADMIN;

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    /** How pages name the role: "Editor". */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isStaff() {
        return includes(CONTRIBUTOR);
    }
}
