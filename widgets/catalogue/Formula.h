#pragma once

#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace colossus {

// A derived figure's arithmetic, written as readable text over figure ids, for example
// "gpus_per_server * servers_per_rack * racks_per_group". Supports + - * / and parentheses.
class Formula {
public:
    struct Result {
        std::optional<double> value;
        QString error; // set when value is empty
    };

    // The figure ids the text names, in order of first appearance.
    static QStringList identifiers(const QString &text);

    static Result evaluate(const QString &text,
                           const std::function<std::optional<double>(const QString &)> &lookup);
};

} // namespace colossus
