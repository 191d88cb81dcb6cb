# files of models/club
target_sources(vafa_models PRIVATE
    club/ClubSettings.h club/ClubSettings.cpp
    club/ClubPermissions.h club/ClubPermissions.cpp
    club/PermissionEngine.h club/PermissionEngine.cpp
    club/ClubVisibilityRepository.h club/ClubVisibilityRepository.cpp
    club/ClubMemberRepository.h club/ClubMemberRepository.cpp
    club/ClubMemberService.h club/ClubMemberService.cpp)
