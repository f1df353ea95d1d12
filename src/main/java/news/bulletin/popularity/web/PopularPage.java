package news.bulletin.popularity.web;

import news.bulletin.popularity.PopularList;

/** The Most Popular page: the list and whether it covers the week rather than today. */
public record PopularPage(PopularList list, boolean week) {}
