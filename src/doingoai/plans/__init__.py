"""The annual foreign-affairs plan (kế hoạch hoạt động đối ngoại): task groups, tasks and their progress."""
