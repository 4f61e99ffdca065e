package dev.chipex.core.regime;

import dev.chipex.core.item.Eccn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads a rule's {@code when:} mapping into conditions. */
final class ConditionParser {
    static final List<String> KEYS = List.of("items", "itemNames", "datacenter", "tppBelow", "memoryBandwidthBelow",
            "destination", "destinationNot", "headquarters", "headquartersNot", "headquartersOnly", "veu", "endUse",
            "consignee");

    private ConditionParser() {
    }

    static List<Condition> parse(YamlNode when) {
        List<Condition> conditions = new ArrayList<>();
        for (Map.Entry<String, YamlNode> entry : when.entries().entrySet()) {
            YamlNode node = entry.getValue();
            switch (entry.getKey()) {
                case "items":
                    conditions.add(new Condition.ItemIn(eccns(node)));
                    break;
                case "itemNames":
                    conditions.add(new Condition.ItemNamed(node.strings()));
                    break;
                case "datacenter":
                    conditions.add(new Condition.DatacenterIs(node.flag(true)));
                    break;
                case "tppBelow":
                    node.number().ifPresent(n -> conditions.add(new Condition.TppBelow(n)));
                    break;
                case "memoryBandwidthBelow":
                    node.number().ifPresent(n -> conditions.add(new Condition.MemoryBandwidthBelow(n)));
                    break;
                case "destination":
                    conditions.add(new Condition.DestinationIn(node.strings()));
                    break;
                case "destinationNot":
                    conditions.add(new Condition.DestinationNotIn(node.strings()));
                    break;
                case "headquarters":
                    conditions.add(new Condition.HeadquartersIn(node.strings()));
                    break;
                case "headquartersNot":
                    conditions.add(new Condition.HeadquartersNotIn(node.strings()));
                    break;
                case "headquartersOnly":
                    conditions.add(new Condition.HeadquartersOnlyIn(node.strings()));
                    break;
                case "veu":
                    conditions.add(new Condition.VeuIs(node.requiredText().toUpperCase(Locale.ROOT)));
                    break;
                case "endUse":
                    conditions.add(new Condition.EndUseIn(node.strings().stream()
                            .map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toList())));
                    break;
                case "consignee":
                    conditions.add(new Condition.ConsigneeIn(node.strings()));
                    break;
                default:
                    node.problem("unknown condition '" + entry.getKey() + "'; expected one of " + KEYS);
            }
        }
        return conditions;
    }

    private static List<Eccn> eccns(YamlNode node) {
        List<Eccn> eccns = new ArrayList<>();
        for (String code : node.strings()) {
            try {
                eccns.add(Eccn.fromCode(code));
            } catch (IllegalArgumentException e) {
                node.problem("unknown ECCN '" + code + "'; use 3A090.a, 3A090.b, 4A090.a, 4A090.b or 4E091");
            }
        }
        return eccns;
    }
}
