package fr.cibtp.espace.registry;

import java.util.List;

/** One page of an account's sites, and how many match in all. */
public record SitePage(List<Site> sites, long total) {
}
