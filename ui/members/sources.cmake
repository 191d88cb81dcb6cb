target_sources(vafa_ui PRIVATE
    members/MemberActions.h members/MemberActions.cpp
    members/MemberPages.h members/MemberPages.cpp)
