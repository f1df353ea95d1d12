package news.bulletin.web;

/** A signed-in principal that can say what to call its owner in the site header. */
public interface DisplayNamed {
    String displayName();
}
