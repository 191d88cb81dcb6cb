# files of ui/club: the customer and agent workspace
target_sources(vafa_ui PRIVATE
    club/ClubDashboardPage.h club/ClubDashboardPage.cpp)
