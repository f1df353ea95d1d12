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

    public boolean isStaff() {
        return includes(CONTRIBUTOR);
    }
}
