[assembly: AssemblyFixture(typeof(LiandongHostFixture))]
