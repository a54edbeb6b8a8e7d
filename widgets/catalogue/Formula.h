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
    // Hostile data files are read with bounded work and stack: longer texts and deeper
    // nesting of parentheses or signs are refused with a message.
    static constexpr qsizetype maximumLength = 1000;
    static constexpr int maximumDepth = 32;

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
