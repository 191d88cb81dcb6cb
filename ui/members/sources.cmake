target_sources(vafa_ui PRIVATE
    members/MemberPages.h members/MemberPages.cpp)
