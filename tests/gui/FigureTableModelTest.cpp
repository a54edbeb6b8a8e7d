#include "sources/FigureTableModel.h"
#include "catalogue/Catalogue.h"
#include "catalogue/ConsistencyChecks.h"
#include "catalogue/FigureFormat.h"
#include "sources/FigureFilterModel.h"

#include <QSet>
#include <cctype>
#include <gtest/gtest.h>
#include <ostream>
#include <string>

using namespace colossus;

namespace {

const Catalogue &catalogue() {
    return Catalogue::embedded();
}

QStringList idsOf(const QAbstractItemModel &model) {
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(FigureTableModel::FigureIdRole).toString();
    return ids;
}

// The reference the filter is checked against, written out plainly here rather than
// borrowed from the code under test.
QStringList expectedIds(const QString &text, const QString &topic) {
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    QStringList ids;
    for (const Figure &figure : catalogue().figures()) {
        if (!topic.isEmpty() && figure.topic != topic)
            continue;
        const QStringList fields{
            figure.label(), figure.id, figure.written, figure.quote, figure.translations.text(),
            figure.formula};
        bool all = true;
        for (const QString &word : words) {
            bool found = false;
            for (const QString &field : fields)
                found = found || field.toLower().contains(word.toLower());
            all = all && found;
        }
        if (all)
            ids << figure.id;
    }
    return ids;
}

Figure syntheticFigure(const QString &id, double value) {
    Figure figure;
    figure.id = id;
    figure.labels = LocalizedText(id);
    figure.value = value;
    figure.unit = QStringLiteral("GPUs");
    figure.topic = QStringLiteral("compute");
    return figure;
}

} // namespace

TEST(FigureTableModel, HasOneRowPerFigureInCatalogueOrder) {
    FigureTableModel model(catalogue());
    ASSERT_FALSE(catalogue().figures().isEmpty());
    EXPECT_EQ(model.rowCount(), catalogue().figures().size());
    EXPECT_EQ(model.columnCount(), FigureTableModel::ColumnCount);
    QStringList ids;
    for (const Figure &figure : catalogue().figures())
        ids << figure.id;
    EXPECT_EQ(idsOf(model), ids);
    for (const Figure &figure : catalogue().figures())
        EXPECT_EQ(model.rowOf(figure.id), ids.indexOf(figure.id)) << figure.id.toStdString();
    EXPECT_EQ(model.rowOf(QStringLiteral("no_such_figure")), -1);
}

TEST(FigureTableModel, ShowsLabelValueAndShortSource) {
    FigureTableModel model(catalogue());
    for (int row = 0; row < model.rowCount(); ++row) {
        const Figure &figure = catalogue().figures().at(row);
        SCOPED_TRACE(figure.id.toStdString());
        EXPECT_EQ(model.index(row, FigureTableModel::LabelColumn).data().toString(),
                  figure.label());
        EXPECT_EQ(model.index(row, FigureTableModel::ValueColumn).data().toString(),
                  FigureFormat::value(figure));
        const QString source = model.index(row, FigureTableModel::SourceColumn).data().toString();
        if (figure.isDerived()) {
            EXPECT_EQ(source, QStringLiteral("derived"));
        } else {
            // "002 · zh": the document's number and its languages.
            EXPECT_TRUE(source.startsWith(figure.source.left(3))) << source.toStdString();
            const SourceDocument *document = catalogue().source(figure.source);
            ASSERT_NE(document, nullptr);
            for (const QString &language : document->languages)
                EXPECT_TRUE(source.contains(language)) << source.toStdString();
        }
        EXPECT_EQ(model.index(row, FigureTableModel::ValueColumn).data(FigureTableModel::SortRole),
                  QVariant(FigureTableModel::baseValue(figure.value, figure.unit)));
    }
}

TEST(FigureTableModel, ValuesSortWithTheirUnits) {
    EXPECT_GT(FigureTableModel::baseValue(1, u"GW"_qs), FigureTableModel::baseValue(150, u"MW"_qs));
    EXPECT_GT(FigureTableModel::baseValue(1, u"Tb/s"_qs),
              FigureTableModel::baseValue(400, u"Gb/s"_qs));
    EXPECT_GT(FigureTableModel::baseValue(5, u"months"_qs),
              FigureTableModel::baseValue(19, u"days"_qs));
    EXPECT_EQ(FigureTableModel::quantityOf(u"GW"_qs), FigureTableModel::quantityOf(u"MW"_qs));
    EXPECT_EQ(FigureTableModel::baseValue(7, u"GPUs"_qs), 7);

    // In the table: sorted by Value, every power in watts is in order, 1 GW after 150 MW.
    FigureTableModel model(catalogue());
    FigureFilterModel filter;
    filter.setSourceModel(&model);
    filter.sort(FigureTableModel::ValueColumn, Qt::AscendingOrder);
    double lastWatts = -1;
    int powers = 0;
    QStringList units;
    for (int row = 0; row < filter.rowCount(); ++row) {
        const Figure *figure = catalogue().figure(
            filter.index(row, 0).data(FigureTableModel::FigureIdRole).toString());
        ASSERT_NE(figure, nullptr);
        if (FigureTableModel::quantityOf(figure->unit) != u"power")
            continue;
        const double watts = FigureTableModel::baseValue(figure->value, figure->unit);
        EXPECT_GE(watts, lastWatts) << figure->id.toStdString();
        lastWatts = watts;
        units << figure->unit;
        ++powers;
    }
    EXPECT_GE(powers, 2);
    EXPECT_TRUE(units.contains(u"MW"_qs) && units.contains(u"GW"_qs))
        << units.join(u',').toStdString();
}

TEST(FigureTableModel, MarksExactlyTheFiguresOfDisagreeingChecks) {
    FigureTableModel model(catalogue());
    QSet<QString> disagreeing;
    for (const ConsistencyCheck &check : runConsistencyChecks(catalogue())) {
        if (check.verdict == ConsistencyCheck::Verdict::Disagrees) {
            for (const QString &id : check.disputedIds)
                disagreeing.insert(id);
        }
    }
    int marked = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, FigureTableModel::LabelColumn);
        const bool expected = disagreeing.contains(catalogue().figures().at(row).id);
        EXPECT_EQ(index.data(FigureTableModel::DisagreesRole).toBool(), expected);
        EXPECT_EQ(!index.data(Qt::DecorationRole).value<QIcon>().isNull(), expected);
        marked += expected ? 1 : 0;
    }
    EXPECT_EQ(marked, disagreeing.size());
}

// --- filtering -------------------------------------------------------------------------

struct FilterCase {
    const char *text;
    const char *topic;
};

void PrintTo(const FilterCase &c, std::ostream *os) {
    *os << "text \"" << c.text << "\", topic \"" << c.topic << '"';
}

class FigureFilter : public ::testing::TestWithParam<FilterCase> {};

TEST_P(FigureFilter, KeepsExactlyTheMatchingFigures) {
    FigureTableModel model(catalogue());
    FigureFilterModel filter;
    filter.setSourceModel(&model);
    const QString text = QString::fromUtf8(GetParam().text);
    const QString topic = QString::fromUtf8(GetParam().topic);
    filter.setTextFilter(text);
    filter.setTopicFilter(topic);
    EXPECT_EQ(idsOf(filter), expectedIds(text, topic));

    // Clearing the filters brings every row back.
    filter.setTextFilter({});
    filter.setTopicFilter({});
    EXPECT_EQ(filter.rowCount(), model.rowCount());
}

INSTANTIATE_TEST_SUITE_P(
    TextAndTopic, FigureFilter,
    ::testing::Values(FilterCase{"", ""}, FilterCase{"gpu", ""}, FilterCase{"GPU", ""},
                      FilterCase{"  gPu  ", ""}, FilterCase{"rack", ""}, FilterCase{"gpu rack", ""},
                      FilterCase{"h100", ""}, FilterCase{"power", ""}, FilterCase{"万", ""},
                      FilterCase{"基", ""}, FilterCase{"GPUs", ""}, FilterCase{"/", ""},
                      FilterCase{"no-such-text-anywhere", ""}, FilterCase{"", "hierarchy"},
                      FilterCase{"", "compute"}, FilterCase{"", "power"}, FilterCase{"", "money"},
                      FilterCase{"", "peers"}, FilterCase{"gpu", "compute"},
                      FilterCase{"gpu", "hierarchy"}, FilterCase{"", "no-such-topic"}),
    [](const ::testing::TestParamInfo<FilterCase> &info) {
        // "3_text_gpu_topic_compute"; non-ASCII text (the CJK cases) shows as its index only.
        std::string name = std::to_string(info.index);
        for (const auto &[key, value] :
             {std::pair{"_text_", info.param.text}, std::pair{"_topic_", info.param.topic}}) {
            std::string part;
            for (const char *c = value; *c; ++c) {
                if (std::isalnum(static_cast<unsigned char>(*c)))
                    part += *c;
            }
            if (!part.empty())
                name += key + part;
        }
        return name;
    });

TEST(FigureFilter, EveryTopicSelectsItsFiguresAndNothingElse) {
    FigureTableModel model(catalogue());
    FigureFilterModel filter;
    filter.setSourceModel(&model);
    QSet<QString> topics;
    for (const Figure &figure : catalogue().figures())
        topics.insert(figure.topic);
    ASSERT_GE(topics.size(), 2) << "a topic filter needs at least two topics to be tested";
    int total = 0;
    for (const QString &topic : topics) {
        filter.setTopicFilter(topic);
        const int rows = filter.rowCount();
        EXPECT_GT(rows, 0);
        EXPECT_LT(rows, model.rowCount());
        for (int row = 0; row < rows; ++row)
            EXPECT_EQ(filter.index(row, 0).data(FigureTableModel::TopicRole).toString(), topic);
        total += rows;
    }
    EXPECT_EQ(total, model.rowCount());
}

TEST(FigureFilter, MatchesQuotesInTheirOriginalLanguageAndTranslations) {
    FigureTableModel model(catalogue());
    FigureFilterModel filter;
    filter.setSourceModel(&model);
    const Figure *reported = nullptr;
    for (const Figure &figure : catalogue().figures()) {
        if (!figure.isDerived() && !figure.translations.text().isEmpty() &&
            !figure.written.isEmpty()) {
            reported = &figure;
            break;
        }
    }
    ASSERT_NE(reported, nullptr);
    for (const QString &text : {reported->quote, reported->written, reported->translations.text(),
                                reported->id.toUpper()}) {
        filter.setTextFilter(text);
        EXPECT_TRUE(idsOf(filter).contains(reported->id)) << text.toStdString();
    }
}

// --- sorting ---------------------------------------------------------------------------

TEST(FigureSort, SortsValuesAsNumbersNotAsText) {
    // Synthetic values chosen so that text order ("100,000" < "1,500" < "64" < "9") and
    // numeric order differ everywhere.
    const Catalogue small(
        {},
        {syntheticFigure(QStringLiteral("a"), 100000), syntheticFigure(QStringLiteral("b"), 64),
         syntheticFigure(QStringLiteral("c"), 1500), syntheticFigure(QStringLiteral("d"), 9)},
        {});
    FigureTableModel model(small);
    FigureFilterModel filter;
    filter.setSourceModel(&model);
    filter.sort(FigureTableModel::ValueColumn, Qt::AscendingOrder);
    EXPECT_EQ(idsOf(filter), (QStringList{"d", "b", "c", "a"}));
    filter.sort(FigureTableModel::ValueColumn, Qt::DescendingOrder);
    EXPECT_EQ(idsOf(filter), (QStringList{"a", "c", "b", "d"}));
}

TEST(FigureSort, SortsTheEmbeddedCatalogueByValue) {
    // By quantity (powers together, energies together...), then by the value in its base
    // unit, so that 1 GW sorts above 150 MW.
    FigureTableModel model(catalogue());
    FigureFilterModel filter;
    filter.setSourceModel(&model);
    const auto keyAt = [&filter](int row) {
        const Figure &figure = catalogue().require(
            filter.index(row, 0).data(FigureTableModel::FigureIdRole).toString());
        return std::make_pair(FigureTableModel::quantityOf(figure.unit),
                              FigureTableModel::baseValue(figure.value, figure.unit));
    };
    for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        filter.sort(FigureTableModel::ValueColumn, order);
        ASSERT_EQ(filter.rowCount(), model.rowCount());
        for (int row = 1; row < filter.rowCount(); ++row) {
            const auto previous = keyAt(row - 1);
            const auto current = keyAt(row);
            const int byQuantity = QString::localeAwareCompare(previous.first, current.first);
            if (order == Qt::AscendingOrder) {
                EXPECT_LE(byQuantity, 0) << "row " << row;
                if (byQuantity == 0) {
                    EXPECT_LE(previous.second, current.second) << "row " << row;
                }
            } else {
                EXPECT_GE(byQuantity, 0) << "row " << row;
                if (byQuantity == 0) {
                    EXPECT_GE(previous.second, current.second) << "row " << row;
                }
            }
        }
    }
}

TEST(FigureSort, SortsLabelsAlphabeticallyIgnoringCase) {
    FigureTableModel model(catalogue());
    FigureFilterModel filter;
    filter.setSourceModel(&model);
    filter.sort(FigureTableModel::LabelColumn, Qt::AscendingOrder);
    for (int row = 1; row < filter.rowCount(); ++row) {
        const QString previous =
            filter.index(row - 1, FigureTableModel::LabelColumn).data().toString();
        const QString current = filter.index(row, FigureTableModel::LabelColumn).data().toString();
        EXPECT_LE(QString::compare(previous, current, Qt::CaseInsensitive), 0)
            << previous.toStdString() << " / " << current.toStdString();
    }
}
