package news.bulletin.web;

import java.util.List;

/** Supplies the sections shown in the header and footer; the module that owns sections implements it. */
public interface Navigation {
    List<NavLink> sections();
}
