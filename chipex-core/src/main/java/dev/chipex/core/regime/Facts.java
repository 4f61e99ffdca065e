package dev.chipex.core.regime;

import dev.chipex.core.item.Eccn;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** What a rule's conditions may ask about a transaction, with group membership on its date. */
public interface Facts {
    LocalDate date();

    Eccn eccn();

    boolean datacenter();

    /**
     * The TPP of one chip, also when the item is a computer holding several (Technical Note 2 to
     * 3A090, 91 FR 1684: the performance box is per integrated circuit).
     */
    double tppPerChip();

    OptionalDouble memoryBandwidthGBs();

    String itemName();

    String destination();

    /** The consignee's headquarters country and, when different, its ultimate parent's. */
    List<String> headquarters();

    Optional<String> veu();

    Optional<String> endUse();

    String consignee();

    /** Whether the country is in the named group (regime group, EAR group or a country code). */
    boolean inGroup(String group, String country);
}
