#include "tour/TourController.h"

#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace colossus;
using Blank = TourController::Blank;
using KeyResult = TourController::KeyResult;

namespace {

// The state machine alone; the same keys through a real window are in PresentationWindowTest.
TEST(TourController, StartsAtTheFirstStep) {
    TourController c(14);
    EXPECT_EQ(c.currentStep(), 0);
    EXPECT_EQ(c.counterText(), "1 / 14");
    EXPECT_DOUBLE_EQ(c.progress(), 0.0);
    c.last();
    EXPECT_EQ(c.counterText(), "14 / 14");
    EXPECT_DOUBLE_EQ(c.progress(), 1.0);
}

TEST(TourController, StaysWithinTheSteps) {
    TourController c(3);
    c.previous();
    EXPECT_EQ(c.currentStep(), 0);
    c.next();
    c.next();
    c.next();
    EXPECT_EQ(c.currentStep(), 2);
    c.goTo(99);
    EXPECT_EQ(c.currentStep(), 2);
    c.goTo(-5);
    EXPECT_EQ(c.currentStep(), 0);
}

TEST(TourController, SignalsStepChangesOnce) {
    TourController c(5);
    QSignalSpy spy(&c, &TourController::stepChanged);
    c.next();
    c.goTo(1); // no change, no signal
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).toInt(), 1);
    EXPECT_EQ(spy.at(0).at(1).toInt(), 0);
}

TEST(TourController, ModifiersAndAutoRepeatDoNothing) {
    TourController c(5);
    EXPECT_EQ(c.handleKey(Qt::Key_Right, Qt::ControlModifier, false), KeyResult::Ignored);
    EXPECT_EQ(c.handleKey(Qt::Key_Right, Qt::AltModifier, false), KeyResult::Ignored);
    EXPECT_EQ(c.handleKey(Qt::Key_Right, Qt::MetaModifier, false), KeyResult::Ignored);
    EXPECT_EQ(c.handleKey(Qt::Key_Escape, Qt::ControlModifier, false), KeyResult::Ignored);
    EXPECT_EQ(c.handleKey(Qt::Key_PageDown, Qt::NoModifier, true), KeyResult::Handled);
    EXPECT_EQ(c.currentStep(), 0);
    EXPECT_EQ(c.handleKey(Qt::Key_Right, Qt::KeypadModifier, false), KeyResult::Handled);
    EXPECT_EQ(c.currentStep(), 1);
    EXPECT_EQ(c.handleKey(Qt::Key_A, Qt::NoModifier, false), KeyResult::Ignored);
}

TEST(TourController, TypedNumberKeepsAtMostThreeDigitsAndEditsWithBackspace) {
    TourController c(14);
    for (int key : {Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4})
        c.handleKey(key, Qt::NoModifier, false);
    EXPECT_EQ(c.typedNumber(), "123");
    c.handleKey(Qt::Key_Backspace, Qt::NoModifier, false);
    EXPECT_EQ(c.typedNumber(), "12");
    EXPECT_EQ(c.currentStep(), 0); // Backspace edited the number, it did not go back
    c.handleKey(Qt::Key_Return, Qt::NoModifier, false);
    EXPECT_EQ(c.currentStep(), 11);
    EXPECT_TRUE(c.typedNumber().isEmpty());
}

TEST(TourController, ClickGoesForwardUnlessExploringOrBlank) {
    TourController c(5);
    c.click();
    EXPECT_EQ(c.currentStep(), 1);
    c.beginExploring();
    c.click();
    EXPECT_EQ(c.currentStep(), 1);
    c.returnToStep();
    c.toggleBlank(Blank::Black);
    c.click();
    EXPECT_EQ(c.blank(), Blank::None);
    EXPECT_EQ(c.currentStep(), 1);
}

TEST(TourController, ReturningFromExplorationAsksTheViewToReframe) {
    TourController c(5);
    QSignalSpy back(&c, &TourController::returnRequested);
    c.returnToStep(); // not exploring: nothing to return from
    EXPECT_EQ(back.count(), 0);
    c.beginExploring();
    EXPECT_TRUE(c.isExploring());
    EXPECT_EQ(c.handleKey(Qt::Key_R, Qt::NoModifier, false), KeyResult::Handled);
    EXPECT_FALSE(c.isExploring());
    EXPECT_EQ(back.count(), 1);
}

} // namespace
