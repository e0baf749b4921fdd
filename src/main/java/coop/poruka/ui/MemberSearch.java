package coop.poruka.ui;

import coop.poruka.domain.member.Member;
import coop.poruka.domain.member.Names;
import coop.poruka.ui.CounterViewModel.Suggestion;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds members by code or by any part of the name, folded the way {@link Names#searchKey} folds:
 * the suggestions a member field offers while typed into, and the member it finally means. Shared by
 * every screen with a member field, so they all find members alike.
 */
final class MemberSearch {
    /** Enough choices to pick from without scrolling. */
    static final int SUGGESTIONS = 8;

    private final Map<String, Member> members = new LinkedHashMap<>();
    private final Map<String, String> searchKeys = new HashMap<>();

    /** Takes the members to search, replacing those before. */
    void load(List<Member> all) {
        members.clear();
        searchKeys.clear();
        for (Member m : all) {
            members.put(m.code(), m);
            searchKeys.put(m.code(), Names.searchKey(m.code() + " " + m.name()));
        }
    }

    /** Members whose code or name contains what was typed, ignoring case and accents; best first. */
    List<Suggestion> suggestions(String typed) {
        String q = Names.searchKey(typed == null ? "" : typed.strip());
        if (q.isEmpty()) {
            return List.of();
        }
        return members.values().stream()
                .filter(m -> searchKeys.get(m.code()).contains(q))
                .sorted(Comparator.comparingInt((Member m) -> rank(searchKeys.get(m.code()), q))
                        .thenComparing(Member::code))
                .limit(SUGGESTIONS)
                .map(m -> new Suggestion(m.code(), m.name()))
                .toList();
    }

    /** Codes that start with the text first, then names with a word starting with it, then the rest. */
    private static int rank(String key, String q) {
        if (key.startsWith(q)) {
            return 0;
        }
        return key.contains(" " + q) ? 1 : 2;
    }

    /** The member a field means: its leading code, or the only member matching the text. */
    Optional<Member> resolve(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        Member byCode = members.get(t.split("\\s+", 2)[0].toUpperCase(Locale.ROOT));
        if (byCode != null) {
            return Optional.of(byCode);
        }
        List<Suggestion> found = suggestions(t);
        return found.size() == 1 ? Optional.of(members.get(found.get(0).code())) : Optional.empty();
    }
}
