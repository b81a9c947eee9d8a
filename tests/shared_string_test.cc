// SharedString: interned strings compare by identity, unpooled ones by content,
// and the two kinds compare equal when their texts are.
#include "util/shared_string.h"

#include <gtest/gtest.h>

#include <string>

namespace newsgraph {
namespace {

TEST(SharedStringTest, InternedCopiesAreOneString) {
  SharedString a("reuters-1001");
  SharedString b(std::string("reuters-") + "1001");
  EXPECT_EQ(a, b);
  EXPECT_EQ(&a.str(), &b.str());
  EXPECT_NE(a, SharedString("reuters-1002"));
  EXPECT_EQ(SharedString(), SharedString(""));
  EXPECT_EQ(&SharedString().str(), &SharedString(std::string_view()).str());  // one empty string for all
  EXPECT_TRUE(SharedString().empty());
}

TEST(SharedStringTest, UnpooledEqualsAnyCopyWithTheSameText) {
  SharedString pooled("Sessions met Kislyak twice.");
  SharedString unpooled = SharedString::Unpooled("Sessions met Kislyak twice.");
  SharedString other = SharedString::Unpooled("Sessions met Kislyak twice.");
  EXPECT_NE(&pooled.str(), &unpooled.str());
  EXPECT_EQ(pooled, unpooled);
  EXPECT_EQ(unpooled, pooled);
  EXPECT_EQ(unpooled, other);
  EXPECT_NE(unpooled, SharedString::Unpooled("Sessions met Kislyak once."));
  EXPECT_NE(pooled, SharedString::Unpooled("Sessions met Kislyak once."));
  EXPECT_EQ(unpooled.str(), "Sessions met Kislyak twice.");
  EXPECT_EQ(unpooled.size(), pooled.size());
}

TEST(SharedStringTest, OrdersByText) {
  SharedString a("a"), b("b");
  SharedString unpooled_a = SharedString::Unpooled("a");
  EXPECT_TRUE(a < b);
  EXPECT_FALSE(b < a);
  EXPECT_TRUE(unpooled_a < b);
  EXPECT_EQ(a <=> unpooled_a, std::strong_ordering::equal);
  EXPECT_EQ(a, std::string_view("a"));
  EXPECT_EQ(unpooled_a, "a");
  EXPECT_EQ(unpooled_a + "b", "ab");
}

}  // namespace
}  // namespace newsgraph
