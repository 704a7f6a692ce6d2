package dev.aftermath.store.sqlite;

import dev.aftermath.model.RcaDocument;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The list sections of the RCA, as named in the {@code rca_list_item.section} column. */
enum RcaSection {
    CONTRIBUTING_FACTORS, WENT_WELL, COULD_BE_BETTER, GOT_LUCKY, LESSONS;

    static Map<RcaSection, List<String>> listsOf(RcaDocument rca) {
        Map<RcaSection, List<String>> lists = new EnumMap<>(RcaSection.class);
        lists.put(CONTRIBUTING_FACTORS, rca.contributingFactors());
        lists.put(WENT_WELL, rca.wentWell());
        lists.put(COULD_BE_BETTER, rca.couldBeBetter());
        lists.put(GOT_LUCKY, rca.gotLucky());
        lists.put(LESSONS, rca.lessons());
        return lists;
    }
}
